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
        Assert.Equal(65, await db.IncentiveSchemeParameters.CountAsync());
        Assert.Equal(25, await db.IncentiveSchemeIndicators.CountAsync());
        var ranks = await db.IncentivePublishedRanks.Where(r => r.OrgUnitCode == "19").OrderBy(r => r.ResultsYear).ThenBy(r => r.Indicator).ToListAsync();
        Assert.Equal([44, 10, 42, 39, 47, 35, 16, 7, 14, 35, 8, 34], ranks.Select(r => r.Rank));
        Assert.Equal(IncentivePublishedRank.Overall, ranks[0].Indicator);
        // and the 49 ranks of the association's branch pages, located by their addresses (research/public-incentive-ranks.md)
        var pages = await db.IncentivePublishedRanks.Where(r => r.Quality == Domain.Provenance.Quality.PublicPage).ToListAsync();
        Assert.Equal(49, pages.Count);
        Assert.All(pages, r => Assert.StartsWith("https://", r.Locator, StringComparison.Ordinal));
        var saitama = pages.Single(r => r.OrgUnitCode == "11" && r.Indicator == IncentivePublishedRank.Overall);
        Assert.Equal((2023, 46, "page-11-saitama"), (saitama.ResultsYear, saitama.Rank, saitama.DocumentCode));
    }

    [Fact]
    public async Task A_public_page_figure_is_located_by_its_address_and_only_it()
    {
        var lines = _workspace.AppendLine("incentive_published_ranks.csv", "2023,13,,5,page-11-saitama,L1,PUBLIC_PAGE,false,");
        var address = _workspace.AppendLine("incentive_published_ranks.csv", "2023,14,,6,seed-003,https://example.org/ranks,PUBLISHED,false,");
        var demo = _workspace.AppendLine("incentive_published_ranks.csv", "2023,15,,7,demo,generator v2 seed 20241,DEMO,false,");
        await AssertRefusedAsync(
            new LoadProblem(SeedFile("incentive_published_ranks.csv"), lines, "locator", "INCONSISTENT",
                "'L1' is not a web address: a PUBLIC_PAGE figure is located by the address of the page that prints it (https://…)"),
            new LoadProblem(SeedFile("incentive_published_ranks.csv"), address, "locator", "INCONSISTENT",
                "'https://example.org/ranks' is a web address: only a PUBLIC_PAGE figure is located by a page's address"),
            new LoadProblem(SeedFile("incentive_published_ranks.csv"), demo, "quality", "INVALID_CODE",
                "a published rank is PUBLISHED (a seed prints it) or PUBLIC_PAGE (a public page does), never DEMO"));
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
