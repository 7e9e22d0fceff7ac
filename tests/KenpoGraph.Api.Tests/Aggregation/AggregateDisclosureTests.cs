using System.Text.Json;
using KenpoGraph.Api.Tests.Security;

namespace KenpoGraph.Api.Tests.Aggregation;

/// <summary>
/// Disclosure control on `aggregate` (docs/bi-developers.md "Ad-hoc aggregation"): the attacks of
/// Security/AggregateDisclosureTests against `aggregate` - a group of one hidden branch, a hidden branch beside the
/// caller's own, a filter down to one hidden branch, the branch's own group, value filters, single-branch statistics -
/// and the differencing proof in AggregateDifferencingTests.
/// </summary>
[Collection(SecuredApiCollection.Name)]
public sealed class AggregateDisclosureTests(SecuredApi api)
{
    private const string Figures = "value numerator denominator min max mean previousValue change changeRate withheld withheldCode withheldReason contributors";

    // Tokens of their own client: the shared fixture's rate limit (Limits:RateLimit, per client) stays for the other suites.
    private const string Client = "aggregate-disclosure";

    private string Yamanashi => api.Token(branches: "19", client: Client);

    private async Task<JsonElement[]> NodesAsync(string arguments, string? token, string fields = Figures) =>
        (await api.SendAsync($$"""{ aggregate({{arguments}}, yearOverYear: true, first: 1000) { nodes { {{fields}} } } }""", token)).AssertAnswered()
            .GetProperty("aggregate").GetProperty("nodes").EnumerateArray().ToArray();

    private static void AssertWithheld(JsonElement group)
    {
        Assert.True(group.GetProperty("withheld").GetBoolean(), group.ToString());
        Assert.Equal("DISCLOSURE_WITHHELD", group.GetProperty("withheldCode").GetString());
        Assert.Contains("disclosure control", group.GetProperty("withheldReason").GetString(), StringComparison.Ordinal);
        foreach (var field in new[] { "value", "numerator", "denominator", "min", "max", "mean", "previousValue", "change", "changeRate" })
        {
            Assert.True(group.GetProperty(field).ValueKind == JsonValueKind.Null, $"{field} of {group}");
        }
    }

    private async Task<decimal> UnrestrictedValueAsync(string arguments)
    {
        var group = Assert.Single(await NodesAsync(arguments, api.Token(client: Client)));
        Assert.False(group.GetProperty("withheld").GetBoolean());
        return group.GetProperty("value").GetDecimal();
    }

    [SkippableTheory]
    [InlineData("membership.insured")]
    [InlineData("checkup.lifestyle.rate")]
    [InlineData("finance.premium_income.settled")]
    public async Task For_a_token_of_Yamanashi_the_Hokkaido_region_a_group_of_01_and_a_filter_down_to_01_are_withheld(string measure)
    {
        var attacks = new[]
        {
            $$"""measures: ["{{measure}}"], groupBy: [REGION], where: { fiscalYear: { eq: 2023 }, regionCode: { eq: "HOKKAIDO" } }""",
            $$"""measures: ["{{measure}}"], groupBy: [GROUP], groups: [{ code: "H", orgUnits: ["01"] }], where: { fiscalYear: { eq: 2023 } }""",
            $$"""measures: ["{{measure}}"], where: { fiscalYear: { eq: 2023 }, orgUnitCode: { in: ["01"] } }""",
            $$"""measures: ["{{measure}}"], groupBy: [QUALITY], where: { fiscalYear: { eq: 2023 }, orgUnitCode: { eq: "01" } }""",
        };
        foreach (var attack in attacks)
        {
            var figure = await UnrestrictedValueAsync(attack);
            var reply = await api.SendAsync($$"""{ aggregate({{attack}}, yearOverYear: true) { nodes { {{Figures}} } } }""", Yamanashi);
            var group = Assert.Single(reply.AssertAnswered().GetProperty("aggregate").GetProperty("nodes").EnumerateArray());
            AssertWithheld(group);
            // The count stays: it says how many branches have a figure, not what they are.
            Assert.Equal(1, group.GetProperty("contributors").GetInt32());
            Assert.DoesNotContain(figure.ToString(System.Globalization.CultureInfo.InvariantCulture), reply.Body, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task A_hidden_branch_beside_the_callers_own_is_withheld_and_the_callers_own_branch_is_not()
    {
        const string Mixed = """measures: ["membership.insured"], groupBy: [GROUP], groups: [{ code: "M", orgUnits: ["01", "19"] }], where: { fiscalYear: { eq: 2023 } }""";
        AssertWithheld(Assert.Single(await NodesAsync(Mixed, Yamanashi)));
        var own = Assert.Single(await NodesAsync("""measures: ["membership.insured"], groupBy: [GROUP], groups: [{ code: "Y", orgUnits: ["19"] }], where: { fiscalYear: { eq: 2023 } }""", Yamanashi));
        Assert.False(own.GetProperty("withheld").GetBoolean());
        // For a token of Hokkaido its own region is its own figure.
        var hokkaido = Assert.Single(await NodesAsync("""measures: ["membership.insured"], groupBy: [REGION], where: { fiscalYear: { eq: 2023 }, regionCode: { eq: "HOKKAIDO" } }""",
            api.Token(branches: "01", client: Client)));
        Assert.False(hokkaido.GetProperty("withheld").GetBoolean());
        Assert.Equal(await UnrestrictedValueAsync("""measures: ["membership.insured"], where: { fiscalYear: { eq: 2023 }, regionCode: { eq: "HOKKAIDO" } }"""),
            hokkaido.GetProperty("value").GetDecimal());
    }

    [SkippableFact]
    public async Task Groups_by_org_unit_are_the_callers_own_branches_only()
    {
        var groups = await NodesAsync("""measures: ["membership.insured"], groupBy: [ORG_UNIT], where: { fiscalYear: { eq: 2023 } }""", api.Token(branches: "19 20", client: Client),
            "orgUnitCode withheld");
        Assert.Equal(["19", "20"], groups.Select(g => g.GetProperty("orgUnitCode").GetString()));
        Assert.All(groups, g => Assert.False(g.GetProperty("withheld").GetBoolean()));
    }

    [SkippableFact]
    public async Task A_group_differing_from_a_released_region_by_one_hidden_branch_is_withheld()
    {
        // Tohoku (02–07) is released to 19; Tohoku plus 08 would give 08 by subtraction, in another call as in this one.
        var tohoku = Assert.Single(await NodesAsync("""measures: ["membership.insured"], groupBy: [REGION], where: { fiscalYear: { eq: 2023 }, regionCode: { eq: "TOHOKU" } }""", Yamanashi));
        Assert.False(tohoku.GetProperty("withheld").GetBoolean());
        var plus = Assert.Single(await NodesAsync("""
            measures: ["membership.insured"], groupBy: [GROUP], groups: [{ code: "T8", orgUnits: ["02","03","04","05","06","07","08"] }],
            where: { fiscalYear: { eq: 2023 } }
            """, Yamanashi));
        AssertWithheld(plus);
        // Two regions together are a sum of released figures, and released.
        var both = Assert.Single(await NodesAsync("""
            measures: ["membership.insured"], groupBy: [GROUP],
            groups: [{ code: "TK", orgUnits: ["02","03","04","05","06","07","08","09","10","11","12","13","14"] }], where: { fiscalYear: { eq: 2023 } }
            """, Yamanashi));
        Assert.False(both.GetProperty("withheld").GetBoolean());
        Assert.Equal(JsonValueKind.Null, both.GetProperty("min").ValueKind);
    }

    [SkippableTheory]
    [InlineData("value: { gt: 1000000 }")]
    [InlineData("and: [{ fiscalYear: { eq: 2023 } }, { or: [{ numerator: { lt: 5 } }] }]")]
    [InlineData("denominator: { eq: null }")]
    public async Task A_branch_limited_token_may_not_filter_by_figures(string condition)
    {
        var query = $$"""{ aggregate(measures: ["membership.insured"], where: { {{condition}} }) { totalCount nodes { contributors } } }""";
        var reply = await api.SendAsync(query, Yamanashi);
        Assert.Equal(["DISCLOSURE_WITHHELD"], reply.ErrorCodes);
        Assert.Contains("may not filter `aggregate` by value", reply.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        (await api.SendAsync(query, api.Token(client: Client))).AssertAnswered();
    }

    [SkippableFact]
    public async Task Single_branch_statistics_are_given_only_when_the_token_sees_every_contributor()
    {
        const string Kanto = """measures: ["membership.insured"], groupBy: [REGION], where: { fiscalYear: { eq: 2023 }, regionCode: { eq: "KANTO" } }""";
        var everything = Assert.Single(await NodesAsync(Kanto, api.Token(client: Client)));
        var partner = Assert.Single(await NodesAsync(Kanto, Yamanashi));
        Assert.Equal(everything.GetProperty("value").GetDecimal(), partner.GetProperty("value").GetDecimal());
        Assert.All(new[] { "min", "max", "mean" }, f => Assert.Equal(JsonValueKind.Null, partner.GetProperty(f).ValueKind));
        var kantoPartner = Assert.Single(await NodesAsync(Kanto, api.Token(branches: "08 09 10 11 12 13 14", client: Client)));
        Assert.All(new[] { "min", "max", "mean" }, f => Assert.Equal(everything.GetProperty(f).GetDecimal(), kantoPartner.GetProperty(f).GetDecimal()));
    }

    [SkippableFact]
    public async Task Sorting_by_value_sorts_withheld_groups_as_null()
    {
        var groups = await NodesAsync("""measures: ["membership.insured"], groupBy: [REGION], where: { fiscalYear: { eq: 2023 } }, order: [{ value: ASC }]""", Yamanashi,
            "regionCode value withheld");
        var withheld = groups.TakeWhile(g => g.GetProperty("withheld").GetBoolean()).Count();
        Assert.True(withheld >= 1);
        Assert.All(groups.Skip(withheld), g => Assert.False(g.GetProperty("withheld").GetBoolean()));
        var values = groups.Skip(withheld).Select(g => g.GetProperty("value").GetDecimal()).ToArray();
        Assert.Equal(values.Order(), values);
    }
}
