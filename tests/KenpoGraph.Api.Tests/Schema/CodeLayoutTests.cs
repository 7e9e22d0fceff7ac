using System.Text;
using KenpoGraph.Testing;

namespace KenpoGraph.Api.Tests.Schema;

/// <summary>
/// The C# settings of the repository's .editorconfig, checked over every tracked .cs file, so the line length the file
/// states is the one the code keeps (no formatter runs in the build).
/// </summary>
public sealed class CodeLayoutTests
{
    [Fact]
    public void Every_csharp_file_keeps_the_editorconfig_line_length_spaces_and_final_newline()
    {
        var root = SeedWorkspace.RepositoryRoot;
        var editorConfig = File.ReadAllLines(Path.Combine(root, ".editorconfig"));
        var maxLength = int.Parse(editorConfig.SkipWhile(l => l.Trim() != "[*.cs]").First(l => l.StartsWith("max_line_length", StringComparison.Ordinal)).Split('=')[1].Trim(),
            System.Globalization.CultureInfo.InvariantCulture);
        var offenders = new List<string>();
        foreach (var file in SourceFiles(root))
        {
            var relative = Path.GetRelativePath(root, file);
            var text = File.ReadAllText(file, Encoding.UTF8);
            if (!text.EndsWith('\n'))
            {
                offenders.Add($"{relative}: no final newline");
            }
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.Length > maxLength)
                {
                    offenders.Add($"{relative}:{i + 1}: {line.Length} characters (max_line_length = {maxLength})");
                }
                if (line.Contains('\t') || line.Contains('\r') || line.TrimEnd(' ') != line)
                {
                    offenders.Add($"{relative}:{i + 1}: a tab, a carriage return or trailing spaces");
                }
            }
        }
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    /// <summary>The C# sources of src, tests and tools, without build output.</summary>
    private static IEnumerable<string> SourceFiles(string root) =>
        new[] { "src", "tests", "tools", "bench" }
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules"));
}
