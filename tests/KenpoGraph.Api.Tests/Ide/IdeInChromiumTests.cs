using System.Text.Json;
using KenpoGraph.Api.Tests.EndToEnd;
using Xunit.Abstractions;

namespace KenpoGraph.Api.Tests.Ide;

/// <summary>
/// What an analyst does: open /graphql in a real browser (Debian's Chromium, headless, driven by
/// playwright-core), let Banana Cake Pop load the schema, run a query and read the answer.
/// </summary>
public sealed class IdeInChromiumTests(LoopbackServer server, ITestOutputHelper output) : IClassFixture<LoopbackServer>
{
    private static readonly string Chromium = Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";

    /// <summary>Why the IDE cannot be driven here (no Chromium, no playwright-core, no Banana Cake Pop), or null.</summary>
    internal static string? MissingPrerequisite(string ideFolder) =>
        !File.Exists(Chromium) ? $"{Chromium} not found; `bash .ci/run` installs Debian's chromium (or set CHROMIUM)."
        : NodeScript.MissingPrerequisite("playwright-core") is { } node ? node
        : !File.Exists(Path.Combine(ideFolder, "index.html")) ? "Banana Cake Pop is not installed (the build found no npm); `bash .ci/run` installs Node.js and npm first."
        : null;

    [SkippableFact]
    public async Task Banana_Cake_Pop_loads_the_schema_and_runs_a_query_showing_Japanese_names()
    {
        var missing = MissingPrerequisite(server.IdeFolder);
        Skip.If(missing is not null, missing);

        // An artifact of the run next to the test binaries (bin/ is never committed).
        var screenshot = Path.Combine(AppContext.BaseDirectory, "artifacts", "ide-runs-a-query.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);

        var (exitCode, stdout, stderr) = await NodeScript.RunAsync("ide.mjs", TimeSpan.FromMinutes(3),
            server.GraphQLEndpoint.ToString(), screenshot, """{ branch(code: "19") { nameJa nameEn } }""", "山梨");

        output.WriteLine($"Screenshot: {screenshot}");
        output.WriteLine(stderr);
        Assert.True(exitCode == 0, $"exit code {exitCode}\n{stdout}\n{stderr}");
        var outcome = JsonDocument.Parse(stdout.Trim().Split('\n')[^1]).RootElement;
        Assert.True(outcome.GetProperty("ok").GetBoolean(), stdout);
        var response = JsonDocument.Parse(outcome.GetProperty("response").GetString()!).RootElement;
        Assert.Equal("山梨", response.GetProperty("data").GetProperty("branch").GetProperty("nameJa").GetString());
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is missing or empty");
    }
}
