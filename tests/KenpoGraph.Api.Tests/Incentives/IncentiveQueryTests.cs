using System.Text.Json;

namespace KenpoGraph.Api.Tests.Incentives;

/// <summary>The incentive ranking, published ranks and the what-if simulation through HTTP, as a new user checks them.</summary>
public sealed class IncentiveQueryTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    private const string EntryFields = """
        branch { code } rank total rewarded reward premiumBase rateReductionPercent fundingRatePercent netEffectPercent
        publishedRank rankDifference agreesWithPublished publishedSource { document { code } locator quality }
        indicators { number nameJa value previousValue improvement levelDeviation improvementDeviation rawScore score rank publishedRank agreesWithPublished
            publishedSource { document { code } locator quality } }
        """;

    [Fact]
    public async Task The_FY2023_ranking_has_47_ranks_the_top_15_rewarded_premium_year_2025_and_rewards_adding_up_to_the_pool()
    {
        var ranking = (await api.DataAsync($$"""
            { incentiveRanking(resultsYear: 2023) { resultsYear premiumYear fundingRatePercent rewardedBranches pool totalRewards quality simulated
                scheme { code standardisation assumptions } entries { {{EntryFields}} } } }
            """)).GetProperty("incentiveRanking");

        Assert.Equal(2025, ranking.GetProperty("premiumYear").GetInt32());
        Assert.Equal("REVISED-FY2022", ranking.GetProperty("scheme").GetProperty("code").GetString());
        Assert.Equal("PREVIOUS_YEAR", ranking.GetProperty("scheme").GetProperty("standardisation").GetString());
        Assert.Contains("standardisation", ranking.GetProperty("scheme").GetProperty("assumptions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(0.01m, ranking.GetProperty("fundingRatePercent").GetDecimal());
        Assert.Equal("DEMO", ranking.GetProperty("quality").GetString());
        var entries = ranking.GetProperty("entries").EnumerateArray().ToArray();
        Assert.Equal(Enumerable.Range(1, 47), entries.Select(e => e.GetProperty("rank").GetInt32()));
        Assert.Equal(47, entries.Select(e => e.GetProperty("branch").GetProperty("code").GetString()).Distinct().Count());
        Assert.Equal(Enumerable.Repeat(true, 15).Concat(Enumerable.Repeat(false, 32)), entries.Select(e => e.GetProperty("rewarded").GetBoolean()));

        var pool = ranking.GetProperty("pool").GetDecimal();
        var rewards = entries.Sum(e => e.GetProperty("reward").GetDecimal());
        Assert.InRange(rewards - pool, -1m, 1m);
        Assert.Equal(rewards, ranking.GetProperty("totalRewards").GetDecimal());
        // The pool is 0.01 % of every branch's premium base.
        Assert.Equal(entries.Sum(e => e.GetProperty("premiumBase").GetDecimal()) * 0.0001m, pool);
        Assert.All(entries, e => Assert.Equal(e.GetProperty("fundingRatePercent").GetDecimal() - e.GetProperty("rateReductionPercent").GetDecimal(),
            e.GetProperty("netEffectPercent").GetDecimal()));
        Assert.All(entries.Skip(15), e => Assert.Equal(0m, e.GetProperty("reward").GetDecimal()));
        Assert.All(entries.SelectMany(e => e.GetProperty("indicators").EnumerateArray()), s => Assert.InRange(s.GetProperty("score").GetDecimal(), 50m, 80m));
    }

    [Fact]
    public async Task Yamanashi_shows_its_published_ranks_16_and_44_beside_the_computed_ones_with_disagreement_flagged()
    {
        var data = await api.DataAsync($$"""
            { fy2023: branch(code: "19") { incentive(resultsYear: 2023) { {{EntryFields}} } }
              fy2022: branch(code: "19") { incentive(resultsYear: 2022) { {{EntryFields}} } }
              fy2021: branch(code: "19") { incentive(resultsYear: 2021) { publishedRank agreesWithPublished } }
              headquarters { incentive(resultsYear: 2023) { rank } } }
            """);
        foreach (var (alias, overall, indicatorRanks) in new[] { ("fy2023", 16, new[] { 7, 14, 35, 8, 34 }), ("fy2022", 44, new[] { 10, 42, 39, 47, 35 }) })
        {
            var entry = data.GetProperty(alias).GetProperty("incentive");
            var computed = entry.GetProperty("rank").GetInt32();
            Assert.Equal(overall, entry.GetProperty("publishedRank").GetInt32());
            Assert.Equal(computed - overall, entry.GetProperty("rankDifference").GetInt32());
            Assert.Equal(computed == overall, entry.GetProperty("agreesWithPublished").GetBoolean());
            Assert.Equal("seed-003", entry.GetProperty("publishedSource").GetProperty("document").GetProperty("code").GetString());
            Assert.Equal("L109-L111", entry.GetProperty("publishedSource").GetProperty("locator").GetString());
            Assert.Equal(indicatorRanks, entry.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("publishedRank").GetInt32()));
            // Each printed indicator rank says where it is printed: seed 003's rank table, L104-L107.
            Assert.All(entry.GetProperty("indicators").EnumerateArray(), i =>
            {
                Assert.Equal("seed-003", i.GetProperty("publishedSource").GetProperty("document").GetProperty("code").GetString());
                Assert.Equal("L104-L107", i.GetProperty("publishedSource").GetProperty("locator").GetString());
                Assert.Equal("PUBLISHED", i.GetProperty("publishedSource").GetProperty("quality").GetString());
            });
        }
        Assert.Equal(JsonValueKind.Null, data.GetProperty("fy2021").GetProperty("incentive").GetProperty("publishedRank").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("headquarters").GetProperty("incentive").ValueKind);
    }

    [Fact]
    public async Task Raising_Yamanashis_indicator_5_by_5_points_moves_it_up_past_the_branches_named_and_leaves_the_baseline_as_it_was()
    {
        const string RankingQuery = "{ incentiveRanking(resultsYear: 2023) { entries { branch { code } rank reward netEffectPercent } } }";
        var before = (await api.DataAsync(RankingQuery)).GetRawText();

        var simulation = (await api.DataAsync("""
            { incentiveSimulation(resultsYear: 2023, changes: [{ branch: "19", indicator: 5, delta: 5 }]) {
                changes { branch indicator value }
                baseline { simulated entry(branch: "19") { rank indicators { number value } } }
                ranking { simulated entry(branch: "19") { rank reward indicators { number value } } }
                changedBranches { branch { code } rankBefore rankAfter rankChange rewardBefore rewardAfter rewardChange rateChangePercent
                  passed { code } fellBehind { code } }
                moves { branch { code } rankBefore rankAfter } } }
            """)).GetProperty("incentiveSimulation");

        var recorded = simulation.GetProperty("baseline").GetProperty("entry").GetProperty("indicators")[4].GetProperty("value").GetDecimal();
        Assert.Equal(recorded + 5m, simulation.GetProperty("changes")[0].GetProperty("value").GetDecimal());
        Assert.Equal(recorded + 5m, simulation.GetProperty("ranking").GetProperty("entry").GetProperty("indicators")[4].GetProperty("value").GetDecimal());
        Assert.False(simulation.GetProperty("baseline").GetProperty("simulated").GetBoolean());
        Assert.True(simulation.GetProperty("ranking").GetProperty("simulated").GetBoolean());

        var move = Assert.Single(simulation.GetProperty("changedBranches").EnumerateArray());
        var rankBefore = move.GetProperty("rankBefore").GetInt32();
        var rankAfter = move.GetProperty("rankAfter").GetInt32();
        Assert.True(rankAfter < rankBefore, $"Yamanashi should move up from {rankBefore}");
        Assert.Equal(rankBefore - rankAfter, move.GetProperty("rankChange").GetInt32());
        Assert.True(move.GetProperty("rewardChange").GetDecimal() >= 0m);
        Assert.Equal(move.GetProperty("rewardAfter").GetDecimal() - move.GetProperty("rewardBefore").GetDecimal(), move.GetProperty("rewardChange").GetDecimal());
        Assert.True(move.GetProperty("rateChangePercent").GetDecimal() <= 0m);
        // Only Yamanashi's value changed, so it passed exactly as many branches as places it gained, and each of them says it fell behind 19.
        var passed = move.GetProperty("passed").EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToArray();
        Assert.Equal(rankBefore - rankAfter, passed.Length);
        var moves = simulation.GetProperty("moves").EnumerateArray().ToDictionary(m => m.GetProperty("branch").GetProperty("code").GetString()!);
        Assert.All(passed, code => Assert.True(moves[code!].GetProperty("rankBefore").GetInt32() < rankBefore && moves[code!].GetProperty("rankAfter").GetInt32() > rankAfter));

        // The stored figures and the recorded ranking are untouched.
        Assert.Equal(before, (await api.DataAsync(RankingQuery)).GetRawText());
    }

    [Fact]
    public async Task A_scheme_override_simulates_the_literal_reading_and_the_old_top_23()
    {
        var simulation = (await api.DataAsync("""
            { incentiveSimulation(resultsYear: 2023, scheme: { rewardedBranches: 23, standardisation: RESULTS_YEAR }) {
                baseline { rewardedBranches scheme { standardisation } }
                ranking { rewardedBranches entries { rewarded } scheme { standardisation parameters { name value storedValue overridden basis } } } } }
            """)).GetProperty("incentiveSimulation");
        Assert.Equal(15, simulation.GetProperty("baseline").GetProperty("rewardedBranches").GetInt32());
        Assert.Equal(23, simulation.GetProperty("ranking").GetProperty("rewardedBranches").GetInt32());
        Assert.Equal(23, simulation.GetProperty("ranking").GetProperty("entries").EnumerateArray().Count(e => e.GetProperty("rewarded").GetBoolean()));
        Assert.Equal("RESULTS_YEAR", simulation.GetProperty("ranking").GetProperty("scheme").GetProperty("standardisation").GetString());
        var rewarded = simulation.GetProperty("ranking").GetProperty("scheme").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "rewarded_branches");
        Assert.Equal(("23", "15", true, "SOURCE"), (rewarded.GetProperty("value").GetString(), rewarded.GetProperty("storedValue").GetString(),
            rewarded.GetProperty("overridden").GetBoolean(), rewarded.GetProperty("basis").GetString()));
    }

    [Fact]
    public async Task Every_results_year_from_FY2016_to_FY2024_ranks_under_its_scheme()
    {
        var aliases = string.Join("\n", Enumerable.Range(2016, 9).Select(y =>
            $"y{y}: incentiveRanking(resultsYear: {y}) {{ scheme {{ code }} rewardedBranches fundingRatePercent premiumYear pool totalRewards entries {{ rank }} }}"));
        var data = await api.DataAsync($"{{ {aliases} }}");
        var expected = new Dictionary<int, (string Scheme, int Rewarded, decimal Funding)>
        {
            [2016] = ("TRIAL-FY2016", 23, 0m), [2017] = ("TRIAL-FY2016", 23, 0m), [2018] = ("PHASE-IN-FY2018", 23, 0.004m),
            [2019] = ("PHASE-IN-FY2019", 23, 0.007m), [2020] = ("PHASE-IN-FY2019", 23, 0.007m), [2021] = ("FULL-FY2021", 23, 0.01m),
            [2022] = ("REVISED-FY2022", 15, 0.01m), [2023] = ("REVISED-FY2022", 15, 0.01m), [2024] = ("REVISED-FY2022", 15, 0.01m),
        };
        foreach (var (year, (scheme, rewarded, funding)) in expected)
        {
            var ranking = data.GetProperty($"y{year}");
            Assert.Equal(scheme, ranking.GetProperty("scheme").GetProperty("code").GetString());
            Assert.Equal(rewarded, ranking.GetProperty("rewardedBranches").GetInt32());
            Assert.Equal(funding, ranking.GetProperty("fundingRatePercent").GetDecimal());
            Assert.Equal(year + 2, ranking.GetProperty("premiumYear").GetInt32());
            Assert.Equal(Enumerable.Range(1, 47), ranking.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("rank").GetInt32()));
            Assert.InRange(ranking.GetProperty("totalRewards").GetDecimal() - ranking.GetProperty("pool").GetDecimal(), -1m, 1m);
        }
    }

    [Fact]
    public async Task Schemes_list_every_parameter_with_its_basis_and_source()
    {
        var schemes = (await api.DataAsync("""
            { incentiveSchemes { code firstResultsYear lastResultsYear rewardedBranches fundingRatePercent premiumYearOffset scoreMin scoreMax
                indicators { number nameJa measure { code } scoresImprovement scoresImprovementBasis locator }
                parameters { name value basis document { code } locator note } source { document { code } locator quality } } }
            """)).GetProperty("incentiveSchemes").EnumerateArray().ToArray();
        Assert.Equal(["TRIAL-FY2016", "PHASE-IN-FY2018", "PHASE-IN-FY2019", "FULL-FY2021", "REVISED-FY2022"], schemes.Select(s => s.GetProperty("code").GetString()));
        var revised = schemes[^1];
        Assert.Equal(JsonValueKind.Null, revised.GetProperty("lastResultsYear").ValueKind);
        Assert.Equal((50m, 80m), (revised.GetProperty("scoreMin").GetDecimal(), revised.GetProperty("scoreMax").GetDecimal()));
        var funding = revised.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "funding_rate_percent");
        Assert.Equal(("0.01", "SOURCE", "seed-003"), (funding.GetProperty("value").GetString(), funding.GetProperty("basis").GetString(),
            funding.GetProperty("document").GetProperty("code").GetString()));
        Assert.All(revised.GetProperty("parameters").EnumerateArray().Where(p => p.GetProperty("basis").GetString() != "SOURCE"),
            p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("note").GetString())));
        Assert.Equal(["incentive.i1.value", "incentive.i2.value", "incentive.i3.value", "incentive.i4.value", "incentive.i5.value"],
            revised.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("measure").GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("{ incentiveRanking(resultsYear: 2015) { pool } }", "INVALID_ARGUMENT", "No incentive scheme covers FY2015 results")]
    [InlineData("""{ incentiveSimulation(resultsYear: 2023, changes: [{ branch: "19", indicator: 5 }]) { ranking { pool } } }""", "INVALID_ARGUMENT", "needs exactly one of `value` and `delta`")]
    [InlineData("""{ incentiveSimulation(resultsYear: 2023, changes: [{ branch: "48", indicator: 5, value: 80 }]) { ranking { pool } } }""", "INVALID_ARGUMENT",
        "Branch 48 is not one of the ranked branches.")]
    [InlineData("""{ incentiveSimulation(resultsYear: 2023, changes: [{ branch: "19", indicator: 6, value: 80 }]) { ranking { pool } } }""", "INVALID_ARGUMENT", "Indicator 6 is not an indicator")]
    [InlineData("{ incentiveSimulation(resultsYear: 2023, scheme: { levelWeight: 0.7 }) { ranking { pool } } }", "INVALID_ARGUMENT", "level_weight + improvement_weight must be 1")]
    [InlineData("{ incentiveSimulation(resultsYear: 2023, scheme: { rewardedBranches: 60 }) { ranking { pool } } }", "INVALID_ARGUMENT", "'60' is not a number from 1 to 47")]
    public async Task Bad_requests_get_a_clear_error_with_a_stable_code(string query, string code, string message)
    {
        var response = await api.QueryAsync(query);
        var error = response.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString());
    }
}
