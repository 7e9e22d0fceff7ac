using System.Text.Json;
using KenpoGraph.Domain.Access;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>
/// Disclosure control for aggregates (docs/partners-and-access.md "Aggregates: disclosure control"): the Hokkaido region
/// is branch 01 alone, so for a token limited to 山梨 (19) its roll-up is 01's figure and comes back withheld, with the
/// code; for a token of 01 it is the caller's own figure; unrestricted and anonymous callers see it as before.
/// </summary>
[Collection(SecuredApiCollection.Name)]
public sealed class AggregateDisclosureTests(SecuredApi api)
{
    private static string Hokkaido(string measure) => $$"""
        { rollup(measures: ["{{measure}}"], fiscalYears: [2023], level: REGION, where: { unitCode: { eq: "HOKKAIDO" } }) {
            unitCode value numerator denominator difference contributors withheld withheldCode withheldReason } }
        """;

    private async Task<JsonElement> HokkaidoAsync(string measure, string? token)
    {
        var rows = (await api.SendAsync(Hokkaido(measure), token)).AssertAnswered().GetProperty("rollup").EnumerateArray().ToArray();
        return Assert.Single(rows);
    }

    private async Task<decimal> UnrestrictedHokkaidoAsync(string measure)
    {
        var row = await HokkaidoAsync(measure, api.Token());
        Assert.False(row.GetProperty("withheld").GetBoolean());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("withheldCode").ValueKind);
        return row.GetProperty("value").GetDecimal();
    }

    [SkippableTheory]
    [InlineData("membership.insured")]
    [InlineData("checkup.lifestyle.rate")]
    [InlineData("finance.premium_income.settled")]
    public async Task For_a_token_of_Yamanashi_the_Hokkaido_region_is_withheld_with_the_code(string measure)
    {
        var figure = await UnrestrictedHokkaidoAsync(measure);
        var reply = await api.SendAsync(Hokkaido(measure), api.Yamanashi);
        var row = Assert.Single(reply.AssertAnswered().GetProperty("rollup").EnumerateArray().ToArray());
        Assert.True(row.GetProperty("withheld").GetBoolean());
        Assert.Equal("DISCLOSURE_WITHHELD", row.GetProperty("withheldCode").GetString());
        Assert.Contains("disclosure control", row.GetProperty("withheldReason").GetString(), StringComparison.Ordinal);
        foreach (var field in new[] { "value", "numerator", "denominator", "difference" })
        {
            Assert.Equal(JsonValueKind.Null, row.GetProperty(field).ValueKind);
        }
        // The count stays: it says how many branches have a figure, not what they are.
        Assert.Equal(1, row.GetProperty("contributors").GetInt32());
        Assert.DoesNotContain(figure.ToString(System.Globalization.CultureInfo.InvariantCulture), reply.Body, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("membership.insured")]
    [InlineData("finance.premium_income.settled")]
    public async Task For_a_token_of_Hokkaido_its_own_region_is_visible(string measure)
    {
        var figure = await UnrestrictedHokkaidoAsync(measure);
        var row = await HokkaidoAsync(measure, api.Token(branches: "01"));
        Assert.False(row.GetProperty("withheld").GetBoolean());
        Assert.Equal(figure, row.GetProperty("value").GetDecimal());
    }

    [SkippableFact]
    public async Task Anonymous_callers_see_every_region_as_before()
    {
        var rows = (await api.SendAsync("""{ rollup(measures: ["membership.insured"], fiscalYears: [2023], level: REGION) { value withheld } }"""))
            .AssertAnswered().GetProperty("rollup").EnumerateArray().ToArray();
        Assert.Equal(8, rows.Length);
        Assert.All(rows, r => Assert.False(r.GetProperty("withheld").GetBoolean()));
        Assert.All(rows, r => Assert.Equal(JsonValueKind.Number, r.GetProperty("value").ValueKind));
    }

    [SkippableFact]
    public async Task A_withheld_region_cannot_be_recovered_as_the_nation_minus_the_other_regions()
    {
        // For 19 Hokkaido is withheld, and so is one more region: the nation minus the seven others would give 01 back.
        var reply = await api.SendAsync("""
            { regions: rollup(measures: ["membership.insured"], fiscalYears: [2023], level: REGION) { unitCode value withheld }
              nation: rollup(measures: ["membership.insured"], fiscalYears: [2023], level: NATIONAL) { value withheld } }
            """, api.Yamanashi);
        var data = reply.AssertAnswered();
        var withheld = data.GetProperty("regions").EnumerateArray().Where(r => r.GetProperty("withheld").GetBoolean())
            .Select(r => r.GetProperty("unitCode").GetString()!).ToArray();
        Assert.Equal(["HOKKAIDO", "SHIKOKU"], withheld);
        Assert.False(Assert.Single(data.GetProperty("nation").EnumerateArray().ToArray()).GetProperty("withheld").GetBoolean());
    }

    [SkippableFact]
    public async Task A_region_series_reads_the_same_control()
    {
        var reply = await api.SendAsync("""
            { regions { code series(measure: "membership.insured", fromYear: 2022, toYear: 2023) { fiscalYear value previousValue change changeRate withheld rollup { withheldCode } } } }
            """, api.Yamanashi);
        var hokkaido = reply.AssertAnswered().GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "HOKKAIDO");
        var points = hokkaido.GetProperty("series").EnumerateArray().ToArray();
        Assert.NotEmpty(points);
        Assert.All(points, p =>
        {
            Assert.True(p.GetProperty("withheld").GetBoolean());
            Assert.Equal("DISCLOSURE_WITHHELD", p.GetProperty("rollup").GetProperty("withheldCode").GetString());
            foreach (var field in new[] { "value", "previousValue", "change", "changeRate" })
            {
                Assert.Equal(JsonValueKind.Null, p.GetProperty(field).ValueKind);
            }
        });
    }

    [SkippableFact]
    public async Task The_incentive_pool_is_withheld_when_the_national_premium_base_would_reveal_the_one_hidden_branch()
    {
        // A token of every branch but 01: the nation minus its 46 branches is 01's premium base, and the pool is the funding rate times the nation.
        var allBut01 = string.Join(' ', Enumerable.Range(2, 46).Select(n => n.ToString("00")));
        const string Query = "{ incentiveRanking(resultsYear: 2023) { poolWithheld pool } }";
        var reply = await api.SendAsync(Query, api.Token(branches: allBut01));
        Assert.Equal(["DISCLOSURE_WITHHELD"], reply.ErrorCodes);
        Assert.Equal(["incentiveRanking", "pool"], reply.Json.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()!));

        var poolWithheld = await api.SendAsync("{ incentiveRanking(resultsYear: 2023) { poolWithheld } }", api.Token(branches: allBut01));
        Assert.True(poolWithheld.AssertAnswered().GetProperty("incentiveRanking").GetProperty("poolWithheld").GetBoolean());

        foreach (var token in new[] { api.Yamanashi, api.Token(branches: "01"), api.Token(scopes: KenpoScope.Read) })
        {
            var ranking = (await api.SendAsync(Query, token)).AssertAnswered().GetProperty("incentiveRanking");
            Assert.False(ranking.GetProperty("poolWithheld").GetBoolean());
            Assert.True(ranking.GetProperty("pool").GetDecimal() > 0);
        }
    }

    [SkippableTheory]
    [InlineData("total")]
    [InlineData("reward")]
    [InlineData("indicators { levelDeviation }")]
    [InlineData("indicators { score }")]
    public async Task Scores_measured_against_all_ranked_branches_are_withheld_when_they_would_reveal_the_one_hidden_branch(string figure)
    {
        // Each indicator's deviation score is (value - mean) / spread over all ranked branches: with the caller's own 46
        // values and deviation scores that gives the sum over all 47, and the sum minus the 46 is 01's value.
        var allBut01 = string.Join(' ', Enumerable.Range(2, 46).Select(n => n.ToString("00")));
        var query = $$"""{ branch(code: "19") { incentive(resultsYear: 2023) { rank {{figure}} } } }""";

        var reply = await api.SendAsync(query, api.Token(branches: allBut01));
        Assert.Contains("DISCLOSURE_WITHHELD", reply.ErrorCodes);
        Assert.DoesNotContain(reply.ErrorCodes, code => code != "DISCLOSURE_WITHHELD");

        foreach (var token in new[] { api.Yamanashi, api.Token(branches: "19 20"), api.Token() })
        {
            var entry = (await api.SendAsync(query, token)).AssertAnswered().GetProperty("branch").GetProperty("incentive");
            Assert.Equal(JsonValueKind.Number, entry.GetProperty("rank").ValueKind);
        }
    }
}
