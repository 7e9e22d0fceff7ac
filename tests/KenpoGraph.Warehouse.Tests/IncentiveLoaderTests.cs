using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Warehouse.Tests;

/// <summary>The incentive files: scheme versions built at load time, parameters marked, published ranks as plain rows.</summary>
public sealed partial class LoaderTests
{
    [Fact]
    public async Task Loads_five_scheme_versions_their_parameters_and_Yamanashis_published_ranks()
    {
        Assert.Equal(LoadStatus.Published, (await _loader.LoadAsync(Seed)).Status);
        await using var db = _store.Current()!.CreateContext();
        Assert.Equal(["TRIAL-FY2016", "PHASE-IN-FY2018", "PHASE-IN-FY2019", "FULL-FY2021", "REVISED-FY2022"],
            await db.IncentiveSchemes.OrderBy(s => s.FirstResultsYear).Select(s => s.Code).ToListAsync());
        Assert.Equal(60, await db.IncentiveSchemeParameters.CountAsync());
        Assert.Equal(25, await db.IncentiveSchemeIndicators.CountAsync());
        var ranks = await db.IncentivePublishedRanks.Where(r => r.OrgUnitCode == "19").OrderBy(r => r.ResultsYear).ThenBy(r => r.Indicator).ToListAsync();
        Assert.Equal([44, 10, 42, 39, 47, 35, 16, 7, 14, 35, 8, 34], ranks.Select(r => r.Rank));
        Assert.Equal(IncentivePublishedRank.Overall, ranks[0].Indicator);
    }

    [Fact]
    public async Task More_published_ranks_load_from_the_csv_alone()
    {
        _workspace.AppendLine("incentive_published_ranks.csv", "2023,13,,1,seed-003,L1,PUBLISHED,true,a test row: rank of another branch");
        Assert.Equal(LoadStatus.Published, (await _loader.LoadAsync(Seed)).Status);
        await using var db = _store.Current()!.CreateContext();
        Assert.Equal(1, (await db.IncentivePublishedRanks.SingleAsync(r => r.OrgUnitCode == "13")).Rank);
    }

    [Fact]
    public async Task A_scheme_parameter_the_engine_cannot_run_refuses_the_load_at_its_row()
    {
        _workspace.ReplaceLine("incentive_scheme_parameters.csv", "REVISED-FY2022,level_weight,", "REVISED-FY2022,level_weight,0.7,ASSUMPTION,,,a test weight");
        // The weights are checked together; the problem sits on the second of the pair.
        var row = Array.FindIndex(File.ReadAllLines(SeedFile("incentive_scheme_parameters.csv")),
            l => l.StartsWith("REVISED-FY2022,improvement_weight,", StringComparison.Ordinal)) + 1;
        await AssertRefusedAsync(new LoadProblem(SeedFile("incentive_scheme_parameters.csv"), row, "value", "INCONSISTENT",
            "level_weight + improvement_weight must be 1 (they are 0.7 + 0.5)"));
    }

    [Fact]
    public async Task A_scheme_without_a_parameter_is_incomplete_and_an_assumption_must_explain_itself()
    {
        var parameters = _workspace.PathOf("incentive_scheme_parameters.csv");
        File.WriteAllLines(parameters, File.ReadAllLines(parameters).Where(l => !l.StartsWith("FULL-FY2021,tie_rule,", StringComparison.Ordinal)));
        var assumption = _workspace.ReplaceLine("incentive_scheme_parameters.csv", "REVISED-FY2022,premium_base,",
            "REVISED-FY2022,premium_base,membership.total_standard_remuneration,ASSUMPTION,,,");
        var scheme = Array.FindIndex(File.ReadAllLines(SeedFile("incentive_schemes.csv")), l => l.StartsWith("FULL-FY2021,", StringComparison.Ordinal)) + 1;
        await AssertRefusedAsync(
            new LoadProblem(SeedFile("incentive_scheme_parameters.csv"), assumption, "note", "REQUIRED_VALUE", "a parameter marked ASSUMPTION explains itself in the note"),
            new LoadProblem(SeedFile("incentive_schemes.csv"), scheme, "code", "INCOMPLETE", "scheme FULL-FY2021 has no 'tie_rule' parameter"),
            new LoadProblem(SeedFile("incentive_schemes.csv"), 6, "code", "INCOMPLETE", "scheme REVISED-FY2022 has no 'premium_base' parameter"));
    }

    [Fact]
    public async Task Overlapping_scheme_years_and_impossible_ranks_are_refused()
    {
        var overlap = _workspace.AppendLine("incentive_schemes.csv", "EXTRA,2023,,,Extra,seed-003,L1,PUBLISHED,false,");
        var rank = _workspace.AppendLine("incentive_published_ranks.csv", "2023,00,,3,seed-003,L1,PUBLISHED,false,");
        var place = _workspace.AppendLine("incentive_published_ranks.csv", "2023,13,2,48,seed-003,L1,PUBLISHED,false,");
        await AssertRefusedAsync(
            new LoadProblem(SeedFile("incentive_schemes.csv"), overlap, "first_results_year", "INCONSISTENT",
                "its results years overlap scheme 'REVISED-FY2022' (row 6): one results year has one scheme"),
            new LoadProblem(SeedFile("incentive_published_ranks.csv"), rank, "org_unit", "INCONSISTENT",
                "the headquarters is not ranked: a published rank belongs to a branch (01–47)"),
            new LoadProblem(SeedFile("incentive_published_ranks.csv"), place, "rank", "INCONSISTENT", "48 is not a rank among the 47 branches"));
    }
}
