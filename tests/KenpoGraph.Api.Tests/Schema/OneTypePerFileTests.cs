using System.Text.RegularExpressions;
using KenpoGraph.Testing;

namespace KenpoGraph.Api.Tests.Schema;

/// <summary>
/// CONTRIBUTING's rule "one GraphQL type per file, named after the type" (a folder's enums may share an
/// <c>…EnumTypes.cs</c> file), checked over the Api's sources so a newcomer finds a type by its name.
/// </summary>
public sealed partial class OneTypePerFileTests
{
    [Fact]
    public void Every_source_file_of_the_api_declares_at_most_one_graph_type_and_is_named_after_it()
    {
        var api = Path.Combine(SeedWorkspace.RepositoryRoot, "src", "KenpoGraph.Api");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(api, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var declared = GraphTypeDeclaration().Matches(File.ReadAllText(file)).Select(m => (Name: m.Groups["name"].Value, Base: m.Groups["base"].Value)).ToList();
            var name = Path.GetFileNameWithoutExtension(file);
            var relative = Path.GetRelativePath(api, file);
            if (name.EndsWith("EnumTypes", StringComparison.Ordinal))
            {
                offenders.AddRange(declared.Where(d => !d.Base.Contains("EnumerationGraphType", StringComparison.Ordinal))
                    .Select(d => $"{relative}: {d.Name} is not an enum type, yet shares an enum file"));
            }
            else if (declared.Count > 1 || (declared.Count == 1 && declared[0].Name != name))
            {
                offenders.Add($"{relative}: declares {string.Join(", ", declared.Select(d => d.Name))}");
            }
        }
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [GeneratedRegex(@"^\s*(?:internal|public)\s+(?:(?:sealed|abstract|partial)\s+)*class\s+(?<name>\w+)(?:<[^>\n]*>)?[^:\n]*:\s*(?<base>[^\n{]*GraphType[^\n{]*)", RegexOptions.Multiline)]
    private static partial Regex GraphTypeDeclaration();
}
