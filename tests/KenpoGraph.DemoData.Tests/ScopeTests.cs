using KenpoGraph.Domain.Measures;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Storage;

namespace KenpoGraph.DemoData.Tests;

/// <summary>What is generated: branch rows of every non-RATIO measure, never a published key, and the whole folder loads.</summary>
[Collection(GeneratedSeedCollection.Name)]
public sealed class ScopeTests(GeneratedSeed generated)
{
    [Fact]
    public void Every_branch_and_year_has_every_non_ratio_measure()
    {
        var expected = generated.Seeds.Measures
            .Where(m => m.Aggregation != AggregationRule.Ratio)
            .Select(m => m.Code).Order(StringComparer.Ordinal);
        Assert.Equal(expected, generated.Demo.Select(o => o.MeasureCode).Distinct().Order(StringComparer.Ordinal));
        foreach (var measure in expected.Where(m => m != "premium.incentive_funding_rate"))
        {
            foreach (var branch in GeneratedSeed.Branches)
            {
                Assert.All(GeneratedSeed.Years, year => generated.Observation(branch, measure, year));
            }
        }
        // The incentive reduction is the ranking's rateReductionPercent, not a measure that could sit empty.
        Assert.DoesNotContain(generated.Seeds.Measures, m => m.Code == "premium.incentive_reduction_rate");
    }

    [Fact]
    public void Demo_rows_are_branch_rows_and_never_repeat_a_published_key()
    {
        var published = SeedReader.Read(generated.Workspace.SeedDirectory, includeDemo: false).Seeds!.Observations
            .Select(o => (o.OrgUnitCode, o.FiscalYear, o.MeasureCode)).ToHashSet();
        Assert.All(generated.Demo, o =>
        {
            Assert.NotEqual(OrgUnitCode.HeadquartersCode, o.OrgUnitCode);
            Assert.DoesNotContain((o.OrgUnitCode, o.FiscalYear, o.MeasureCode), published);
        });
        Assert.Equal(published.Count + generated.Demo.Count(), generated.Seeds.Observations.Count);
    }

    [Fact]
    public void Published_branch_figures_stay_published()
    {
        // seed 003: Yamanashi FY2024 生活習慣病予防健診 78,870 of 106,993, employer data 2,541; premium rate 9.89 % (FY2025), 9.94 % (FY2024)
        Assert.Equal(78_870m, generated.Value("19", "checkup.lifestyle.examinees", 2024));
        Assert.Equal(106_993m, generated.Value("19", "checkup.lifestyle.target", 2024));
        Assert.Equal(2_541m, generated.Value("19", "checkup.employer_data.obtained", 2024));
        Assert.Equal(9.89m, generated.Value("19", "premium.rate", 2025));
        Assert.Equal(Quality.Derived, generated.Observation("19", "premium.rate", 2024).Quality);
        Assert.Equal(Quality.Published, generated.Observation("19", "checkup.lifestyle.examinees", 2024).Quality);
    }

    [Fact]
    public async Task The_seed_folder_with_the_demo_files_loads_without_a_problem()
    {
        using var workspace = new SeedWorkspace();
        var loader = new WarehouseLoader(new SqliteWarehouseStore(workspace.DataDirectory), TimeProvider.System);

        var outcome = await loader.LoadAsync(workspace.SeedDirectory);

        Assert.Empty(outcome.Problems);
        Assert.Equal(LoadStatus.Published, outcome.Status);
        // 121 published figures (73 before issue 17, 48 added from the seeds and the Iwate page) and 20,946 demonstration rows
        Assert.Contains($"\"fact_observation\":{121 + 20_946}", outcome.Version!.RowCountsJson);
    }
}
