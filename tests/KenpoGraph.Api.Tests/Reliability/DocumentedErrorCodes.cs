using System.Text.RegularExpressions;
using KenpoGraph.Testing;

namespace KenpoGraph.Api.Tests.Reliability;

/// <summary>The <c>extensions.code</c> values docs/endpoint.md promises clients (its "| code | when |" table), read from the page itself.</summary>
internal static partial class DocumentedErrorCodes
{
    public static IReadOnlySet<string> All { get; } = Read();

    private static HashSet<string> Read()
    {
        var lines = File.ReadAllLines(Path.Combine(SeedWorkspace.RepositoryRoot, "docs", "endpoint.md"));
        var header = Array.FindIndex(lines, l => l.Trim() == "| code | when |");
        Assert.True(header >= 0, "docs/endpoint.md has no '| code | when |' table");
        var codes = lines.Skip(header + 2)
            .TakeWhile(l => l.StartsWith('|'))
            // A row may name several codes that share a meaning: `MAX_DEPTH_EXCEEDED`, `MAX_ALIASES_EXCEEDED`, …
            .SelectMany(l => CodeInFirstCell().Matches(l.Split('|')[1]))
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(codes);
        return codes;
    }

    [GeneratedRegex(@"`([A-Z][A-Z0-9_]*)`")]
    private static partial Regex CodeInFirstCell();
}
