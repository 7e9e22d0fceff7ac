using System.Text.Json;

namespace KenpoGraph.Api.Tests.Incentives;

/// <summary>
/// A scheme whose rows name the other reading of the improvement scaling (improvement_scale PREVIOUS_YEAR_IMPROVEMENTS,
/// docs/domain.md "The scoring, exactly as computed") is ranked by the API from three years of branch values: the same ranks
/// the domain engine gives on the shipped data (KenpoGraph.DemoData.Tests ScoringReadingTests: Yamanashi 41st, Saitama 22nd,
/// Oita 9th, Miyagi 45th for FY2023 results), each beside its published rank.
/// </summary>
public sealed class IncentiveImprovementScaleTests(IncentiveImprovementScaleTests.OtherReadingApi api) : IClassFixture<IncentiveImprovementScaleTests.OtherReadingApi>
{
    public sealed class OtherReadingApi() : KenpoGraphApi(withSeed: true, beforeStart: workspace => workspace.ReplaceLine("incentive_scheme_parameters.csv",
        "REVISED-FY2022,improvement_scale,", "REVISED-FY2022,improvement_scale,PREVIOUS_YEAR_IMPROVEMENTS,ASSUMPTION,,,the other reading (a test)"));

    [Fact]
    public async Task A_scheme_measuring_rises_against_last_years_rises_is_ranked_from_three_years_of_branch_values()
    {
        var response = await api.QueryAsync("""
            { incentiveSchemes { code parameters { name value } }
              incentiveRanking(resultsYear: 2023) { quality entries { rank branch { code } publishedRank agreesWithPublished } } }
            """);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var data = response.GetProperty("data");
        var scheme = data.GetProperty("incentiveSchemes").EnumerateArray().Single(s => s.GetProperty("code").GetString() == "REVISED-FY2022");
        Assert.Equal("PREVIOUS_YEAR_IMPROVEMENTS",
            scheme.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "improvement_scale").GetProperty("value").GetString());

        var ranking = data.GetProperty("incentiveRanking");
        Assert.Equal("DEMO", ranking.GetProperty("quality").GetString());
        var published = ranking.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("publishedRank").ValueKind == JsonValueKind.Number)
            .Select(e => (e.GetProperty("branch").GetProperty("code").GetString(), e.GetProperty("rank").GetInt32(), e.GetProperty("publishedRank").GetInt32(),
                e.GetProperty("agreesWithPublished").GetBoolean()))
            .OrderBy(e => e.Item1, StringComparer.Ordinal).ToArray();
        Assert.Equal([("04", 45, 37, false), ("11", 22, 46, false), ("19", 41, 16, false), ("44", 9, 7, false)], published);
    }
}
