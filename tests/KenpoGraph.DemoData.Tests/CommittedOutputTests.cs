using System.Text;
using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Loading;

namespace KenpoGraph.DemoData.Tests;

/// <summary>The committed db/seed/demo_*.csv are exactly what the generator makes, so they cannot drift from it.</summary>
[Collection(GeneratedSeedCollection.Name)]
public sealed class CommittedOutputTests(GeneratedSeed generated)
{
    [Fact]
    public void The_committed_demo_files_are_the_generator_output_byte_for_byte()
    {
        var committed = Directory.EnumerateFiles(SeedWorkspace.RepositorySeedDirectory, SeedReader.DemoPrefix + "*.csv")
            .Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(generated.Files.Keys, committed);
        foreach (var (name, content) in generated.Files)
        {
            var expected = new UTF8Encoding(false).GetBytes(content);
            var actual = File.ReadAllBytes(Path.Combine(SeedWorkspace.RepositorySeedDirectory, name));
            Assert.True(expected.AsSpan().SequenceEqual(actual),
                $"db/seed/{name} differs from the generator output; run `dotnet run --project tools/KenpoGraph.DemoData` and commit the result");
        }
    }

    [Fact]
    public void Two_runs_give_identical_files()
    {
        Assert.Equal(generated.Files, DemoDataGenerator.Render(generated.Workspace.SeedDirectory));
    }

    [Fact]
    public void Every_file_has_the_published_columns_and_sorted_demo_rows()
    {
        Assert.Equal(SeedReader.OptionalFiles.Order(StringComparer.Ordinal), generated.Files.Keys);
        foreach (var (name, content) in generated.Files)
        {
            Assert.DoesNotContain('\r', content);
            Assert.False(content.StartsWith('\uFEFF'), name);
            Assert.EndsWith("\n", content);
            var lines = content.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(File.ReadLines(Path.Combine(SeedWorkspace.RepositorySeedDirectory, "membership.csv")).First(), lines[0]);
            var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
            Assert.All(rows, r =>
            {
                Assert.Equal(10, r.Length);
                Assert.Equal(["DEMO", "demo", "generator v2 seed 20241", ""], r[6..]);
                Assert.Matches(@"^-?\d+(\.\d+)?$", r[3]);
            });
            var keys = rows.Select(r => (r[0], r[1], r[2])).ToArray();
            Assert.Equal(keys.OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal)
                .ThenBy(k => k.Item3, StringComparer.Ordinal), keys);
        }
    }

    [Fact]
    public void Row_counts_per_file()
    {
        var counts = generated.Files.ToDictionary(f => f.Key, f => f.Value.Count(c => c == '\n') - 1);
        Assert.Equal(new Dictionary<string, int>
        {
            // 47 branches × 11 years = 517 per measure, less the published Yamanashi figures: FY2024 checkups (4 + dependants' 2),
            // guidance completions and initial interviews FY2023–FY2024 (8)
            ["demo_branch_finance.csv"] = 8 * 517,
            ["demo_checkups.csv"] = 6 * 517 - 6,
            ["demo_guidance.csv"] = 6 * 517 - 8,
            ["demo_incentive_indicators.csv"] = 10 * 517,
            ["demo_medical_costs.csv"] = 2 * 517,
            ["demo_membership.csv"] = 7 * 517,
            ["demo_premium_rates.csv"] = 517 - 2 + 47 * 6, // funding rate from FY2020
        }, counts);
    }
}
