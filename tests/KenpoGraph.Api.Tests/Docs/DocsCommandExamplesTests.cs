using KenpoGraph.Api.Cli;
using KenpoGraph.Testing;

namespace KenpoGraph.Api.Tests.Docs;

/// <summary>
/// Every ```console session the docs print is run in process, through the verbs of the `kenpograph` program, on a
/// private copy of db/seed and a data directory that already holds data version 1 (what a fresh clone has after
/// `dotnet run`), and what each command prints is compared with the page. In what a command prints, the private
/// folders are shown as the user's: the seed copy as `db/seed`, the data directory as `~/.local/share/kenpograph`.
/// With KENPOGRAPH_DOCS_ANSWERS set to a folder, what every command printed is written there.
/// </summary>
public sealed partial class DocsCommandExamplesTests(DocsCommandExamplesTests.PublishedOnce template) : IClassFixture<DocsCommandExamplesTests.PublishedOnce>
{
    public const string UserDataDirectory = "~/.local/share/kenpograph";

    /// <summary>A data directory with the shipped seed published once, copied for every session.</summary>
    public sealed class PublishedOnce : IAsyncLifetime
    {
        private readonly SeedWorkspace _workspace = new();

        public string DataDirectory => _workspace.DataDirectory;

        public async Task InitializeAsync()
        {
            using var output = new StringWriter();
            using var errors = new StringWriter();
            var exit = await LoadCommand.RunAsync([_workspace.SeedDirectory, $"--Warehouse:DataDirectory={DataDirectory}"], output, errors);
            Assert.True(exit == 0, errors.ToString());
        }

        public Task DisposeAsync()
        {
            _workspace.Dispose();
            return Task.CompletedTask;
        }
    }

    public static TheoryData<string, int> Sessions()
    {
        var sessions = new TheoryData<string, int>();
        foreach (var block in DocsPages.CommandExamples())
        {
            sessions.Add(block.Page, block.Line);
        }
        return sessions;
    }

    [Theory]
    [MemberData(nameof(Sessions))]
    public async Task A_printed_command_prints_what_the_page_shows(string page, int line)
    {
        var session = DocsPages.CommandExamples().Single(b => b.Page == page && b.Line == line);
        using var workspace = new SeedWorkspace();
        Copy(template.DataDirectory, workspace.DataDirectory);

        var lines = session.Text.Split('\n');
        Assert.True(lines.Length > 0 && lines[0].StartsWith("$ ", StringComparison.Ordinal), $"{session}: a ```console block starts with a `$ ` command");
        int? lastExit = null;
        for (var i = 0; i < lines.Length;)
        {
            var command = lines[i][2..];
            var printed = lines.Skip(i + 1).TakeWhile(l => !l.StartsWith("$ ", StringComparison.Ordinal)).ToArray();
            var at = $"{session.Page}:{session.Line + i}";
            if (lastExit is { } unshown && unshown != 0 && command != "echo $?")
            {
                Assert.Fail($"{at}: the command before exits with {unshown}; show it with `$ echo $?`");
            }
            var (exit, output) = await RunAsync(command, workspace, lastExit, at);
            var shown = output.Replace(workspace.SeedDirectory, "db/seed", StringComparison.Ordinal)
                .Replace(workspace.DataDirectory, UserDataDirectory, StringComparison.Ordinal);
            if (Environment.GetEnvironmentVariable("KENPOGRAPH_DOCS_ANSWERS") is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, $"{session.Page.Replace('/', '_')}-{session.Line + i}.txt"), $"$ {command}\n{shown}");
            }
            var difference = DocsPages.OutputDifference(printed, shown);
            Assert.True(difference is null, $"{at}: `{command}` {difference}");
            lastExit = exit;
            i += 1 + printed.Length;
        }
        Assert.True(lastExit is 0 or null, $"{session}: the last command exits with {lastExit}; show it with `$ echo $?`");
    }

    [Fact]
    public void Editing_a_printed_output_line_makes_its_session_fail()
    {
        string[] printed = ["Dry run: db/seed is valid (digest …); nothing was written.", "…", "  fact_observation        1        0        0  00 +1"];
        const string output = "Dry run: db/seed is valid (digest 0123456789ab); nothing was written.\nChanges from data version 1 to the input:\n  fact_observation        1        0        " +
            "0  00 +1\n";
        Assert.Null(DocsPages.OutputDifference(printed, output));
        Assert.NotNull(DocsPages.OutputDifference([.. printed[..2], "  fact_observation        2        0        0  00 +1"], output));
        Assert.NotNull(DocsPages.OutputDifference(printed[..1], output)); // lines left out without a `…` line
        Assert.NotNull(DocsPages.OutputDifference(["Dry run: db/seed is valid (digest …); nothing was written!", .. printed[1..]], output));
    }

    /// <summary>Runs one command line; returns its exit code and what it printed (standard output and error, in order).</summary>
    private static async Task<(int Exit, string Output)> RunAsync(string commandLine, SeedWorkspace workspace, int? lastExit, string at)
    {
        var words = DocsPages.Words(commandLine);
        using var output = new StringWriter { NewLine = "\n" };
        if (commandLine == "echo $?")
        {
            Assert.True(lastExit is not null, $"{at}: `echo $?` needs a command before it");
            return (0, $"{lastExit}\n");
        }
        if (words is ["echo", var text, ">>", var file] && file.StartsWith("db/seed/", StringComparison.Ordinal))
        {
            workspace.AppendLine(file["db/seed/".Length..], text);
            return (0, "");
        }
        if (words is ["sed", "-i", var substitution, var edited] && edited.StartsWith("db/seed/", StringComparison.Ordinal)
            && SedReplaceLine().Match(substitution) is { Success: true } sed)
        {
            workspace.ReplaceLine(edited["db/seed/".Length..], sed.Groups["start"].Value, sed.Groups["line"].Value);
            return (0, "");
        }
        Assert.True(words.Count >= 2 && words[0] == "kenpograph",
            $"{at}: a ```console block runs `kenpograph …`, `echo '…' >> db/seed/FILE`, `sed -i 's/^START.*/LINE/' db/seed/FILE` and `echo $?`; not `{commandLine}`");
        string[] args = [.. words.Skip(2).Select(w => w == "db/seed" ? workspace.SeedDirectory
            : w.StartsWith("db/seed/", StringComparison.Ordinal) ? Path.Combine(workspace.SeedDirectory, w["db/seed/".Length..]) : w),
            $"--Warehouse:DataDirectory={workspace.DataDirectory}"];
        var exit = words[1] switch
        {
            "load" => await LoadCommand.RunAsync(args, output, output),
            "diff" => await DiffCommand.RunAsync(args, output, output, CancellationToken.None),
            "token" => await TokenCommand.RunAsync(args, output, output, TimeProvider.System),
            "schema" => Write(output, SchemaCommand.PrintSchema()),
            "help" => Write(output, CommandLine.Usage + "\n"),
            var verb => throw new InvalidOperationException($"{at}: `kenpograph {verb}` is not a command the docs test runs"),
        };
        return (exit, output.ToString());
    }

    /// <summary>`s/^START.*/LINE/`: the one line that starts with START becomes LINE (START literal text, where `.` also matches itself; no `&amp;` or `\` in LINE).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^s/\^(?<start>[^/*\\\[\]^$]+)\.\*/(?<line>[^/&\\]*)/$")]
    private static partial System.Text.RegularExpressions.Regex SedReplaceLine();

    private static int Write(TextWriter output, string text)
    {
        output.Write(text);
        return 0;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
