using KenpoGraph.Domain.Incentives;

namespace KenpoGraph.Domain.Tests;

public sealed class IncentiveRankingTests
{
    private static readonly IncentiveScheme Scheme = new(
        "TEST-FY2022", 2022, null,
        [
            new(1, "incentive.i1.value", "特定健診等の実施率", true),
            new(2, "incentive.i2.value", "特定保健指導の実施率", true),
            new(3, "incentive.i3.value", "特定保健指導対象者の減少率", false),
            new(4, "incentive.i4.value", "受診勧奨対象者の医療機関受診率", true),
            new(5, "incentive.i5.value", "後発医薬品の使用割合", true),
        ],
        LevelWeight: 0.5m, ImprovementWeight: 0.5m, ScoreMin: 50m, ScoreMax: 80m,
        RewardedBranches: 15, FundingRatePercent: 0.01m, PremiumYearOffset: 2, Assumptions: ["test"]);

    [Fact]
    public void Ranks_are_a_permutation_the_top_15_are_rewarded_and_rewards_add_up_to_the_pool()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 50; trial++)
        {
            var result = IncentiveRanking.Compute(Scheme, 2023, Branches(random));

            Assert.Equal(Enumerable.Range(1, 47), result.Entries.Select(e => e.Rank).Order());
            Assert.Equal(15, result.Entries.Count(e => e.Rewarded));
            Assert.All(result.Entries.Where(e => e.Rewarded), e => Assert.True(e.Rank <= 15));
            Assert.InRange(result.Entries.Sum(e => e.Reward) - result.Pool, -1m, 1m);
            Assert.Equal(2025, result.PremiumYear);
            Assert.All(result.Entries.SelectMany(e => e.Indicators), s => Assert.InRange(s.Score, 50m, 80m));
            Assert.All(result.Entries, e => Assert.Equal(e.FundingRatePercent - e.RateReductionPercent, e.NetEffectPercent));
        }
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_input()
    {
        var random = new Random(11);
        var branches = Branches(random);
        var baseline = IncentiveRanking.Compute(Scheme, 2023, branches);
        for (var trial = 0; trial < 20; trial++)
        {
            var shuffled = branches.OrderBy(_ => random.Next()).ToArray();
            var result = IncentiveRanking.Compute(Scheme, 2023, shuffled);
            Assert.Equal(baseline.Entries.Select(e => (e.BranchCode, e.Rank, e.Total, e.Reward)), result.Entries.Select(e => (e.BranchCode, e.Rank, e.Total, e.Reward)));
        }
    }

    [Fact]
    public void A_missing_value_refuses_the_year_naming_branch_and_indicator()
    {
        var branches = Branches(new Random(3)).ToArray();
        branches[18] = branches[18] with { Values = branches[18].Values.Where(v => v.Key != 5).ToDictionary() };

        var error = Assert.Throws<IncentiveInputException>(() => IncentiveRanking.Compute(Scheme, 2023, branches));
        Assert.Equal("Branch 19 has no value for indicator 5 (後発医薬品の使用割合, incentive.i5.value) in FY2023: the year cannot be ranked.", error.Message);
    }

    [Fact]
    public void Deviation_scores_centre_on_50_with_10_per_standard_deviation()
    {
        // population sd of {1, 3} is 1
        Assert.Equal([40.0, 60.0], IncentiveRanking.TScores([1m, 3m]).Select(t => Math.Round(t, 6)));
        Assert.Equal([50.0, 50.0], IncentiveRanking.TScores([5m, 5m]));
    }

    [Fact]
    public void Rewards_in_whole_yen_add_up_to_the_pool()
    {
        var rewards = IncentiveRanking.Apportion(1_000_000.4m, [1m, 1m, 1m]);
        Assert.Equal(1_000_000m, rewards.Sum());
        Assert.Equal([333_334m, 333_333m, 333_333m], rewards);
    }

    private static BranchIndicators[] Branches(Random random) => Enumerable.Range(1, 47).Select(n => new BranchIndicators(
        n.ToString("00"),
        Enumerable.Range(1, 5).ToDictionary(i => i, i => Indicator(random, i)),
        Enumerable.Range(1, 5).ToDictionary(i => i, i => Indicator(random, i)),
        RemunerationBase: random.Next(100, 5_000) * 1_000_000_000m)).ToArray();

    private static decimal Indicator(Random random, int number) => number switch
    {
        1 => 45 + (decimal)(random.NextDouble() * 30),
        2 => 10 + (decimal)(random.NextDouble() * 30),
        3 => 8 + (decimal)(random.NextDouble() * 12),
        4 => 25 + (decimal)(random.NextDouble() * 20),
        _ => 75 + (decimal)(random.NextDouble() * 17),
    };
}
