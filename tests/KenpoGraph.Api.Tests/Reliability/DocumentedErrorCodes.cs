using System.Text.RegularExpressions;
using KenpoGraph.Testing;

namespace KenpoGraph.Api.Tests.Reliability;

/// <summary>The <c>extensions.code</c> values the README promises clients (its "| code | when |" table), read from the README itself.</summary>
internal static partial class DocumentedErrorCodes
{
    public static IReadOnlySet<string> All { get; } = Read();

    private static HashSet<string> Read()
    {
        var lines = File.ReadAllLines(Path.Combine(SeedWorkspace.RepositoryRoot, "README.md"));
        var header = Array.FindIndex(lines, l => l.Trim() == "| code | when |");
        Assert.True(header >= 0, "README.md has no '| code | when |' table");
        var codes = lines.Skip(header + 2)
            .TakeWhile(l => l.StartsWith('|'))
            .Select(l => CodeCell().Match(l))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(codes);
        return codes;
    }

    [GeneratedRegex(@"^\|\s*`([A-Z][A-Z0-9_]*)`\s*\|")]
    private static partial Regex CodeCell();
}
