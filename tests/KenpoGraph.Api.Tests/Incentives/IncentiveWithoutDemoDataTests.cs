using KenpoGraph.Warehouse.Loading;

namespace KenpoGraph.Api.Tests.Incentives;

/// <summary>Without the demonstration files no branch has indicator figures: a ranking is refused, naming what is missing.</summary>
public sealed class IncentiveWithoutDemoDataTests(IncentiveWithoutDemoDataTests.PublishedOnlyApi api) : IClassFixture<IncentiveWithoutDemoDataTests.PublishedOnlyApi>
{
    public sealed class PublishedOnlyApi() : KenpoGraphApi(withSeed: true, withoutFiles: SeedReader.OptionalFiles);

    [Fact]
    public async Task A_year_without_every_branchs_figures_is_refused_with_a_message_naming_branch_and_figure()
    {
        var response = await api.QueryAsync("{ incentiveRanking(resultsYear: 2023) { pool } incentiveSchemes { code } }");
        var error = response.GetProperty("errors")[0];
        Assert.Equal("INCENTIVE_DATA_INCOMPLETE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Branch 01 has no membership.total_standard_remuneration in FY2023, the premium base the reward is shared by: the year cannot be ranked.",
            error.GetProperty("message").GetString());
        // The rest of the query is answered: the schemes do not depend on branch figures.
        Assert.Equal(5, response.GetProperty("data").GetProperty("incentiveSchemes").GetArrayLength());
    }
}
