using KenpoGraph.Domain.Figures;
using KenpoGraph.Domain.Measures;
using KenpoGraph.Domain.Rollups;

namespace KenpoGraph.Domain.Tests;

public sealed class RollupTests
{
    private static readonly MeasureRule Insured = new("membership.insured", AggregationRule.Sum);
    private static readonly MeasureRule SingleBidShare = new("single_bid.share", AggregationRule.Ratio, "single_bid.count", "tender.count", Scale: 100m);
    private static readonly MeasureRule Remuneration = new("membership.average_standard_monthly_remuneration", AggregationRule.WeightedMean, WeightCode: "membership.insured");
    private static readonly MeasureRule Rank = new("incentive.rank", AggregationRule.None);

    [Fact]
    public void A_ratio_rolls_up_as_the_sum_of_numerators_over_the_sum_of_denominators()
    {
        // seed 004 L868–872: 本部 35 of 135 tenders single-bid, 支部 54 of 701, 総計 89 of 836 printed 10.7 %
        var headquarters = SingleBidShare.Leaf(Values(("single_bid.count", 35), ("tender.count", 135)))!;
        var branches = SingleBidShare.Leaf(Values(("single_bid.count", 54), ("tender.count", 701)))!;

        var total = SingleBidShare.Roll([headquarters, branches]);

        Assert.Equal(89m, total.Numerator);
        Assert.Equal(836m, total.Denominator);
        Assert.Equal(10.7m, PrintedRounding.Up(total.Value!.Value, 1));
        Assert.Equal(26.0m, PrintedRounding.Up(headquarters.Value!.Value, 1));
        Assert.Equal(7.8m, PrintedRounding.Up(branches.Value!.Value, 1));
        // never the mean of the two rates (16.8 %)
        Assert.NotEqual(PrintedRounding.Up((headquarters.Value!.Value + branches.Value!.Value) / 2, 1), PrintedRounding.Up(total.Value!.Value, 1));
    }

    [Fact]
    public void The_sources_round_ratios_up_not_half_up()
    {
        Assert.Equal(10.6m, PrintedRounding.HalfUp(89m / 836m * 100m, 1));
        Assert.Equal(10.7m, PrintedRounding.Up(89m / 836m * 100m, 1));
        Assert.Equal(73.7m, PrintedRounding.HalfUp(78_870m / 106_993m * 100m, 1)); // seed 003 L722: Yamanashi 73.7 %
    }

    [Fact]
    public void A_sum_adds_branch_values()
    {
        var total = Insured.Roll([Insured.Leaf(Values(("membership.insured", 165_000))), Insured.Leaf(Values(("membership.insured", 1_200_000)))]);
        Assert.Equal(1_365_000m, total.Value);
        Assert.Equal(2, total.Contributors);
        Assert.Null(total.Denominator);
    }

    [Fact]
    public void A_weighted_mean_weights_each_branch_by_its_weight_measure()
    {
        var small = Remuneration.Leaf(Values(("membership.average_standard_monthly_remuneration", 280_000), ("membership.insured", 100)))!;
        var large = Remuneration.Leaf(Values(("membership.average_standard_monthly_remuneration", 340_000), ("membership.insured", 300)))!;
        Assert.Equal(325_000m, Remuneration.Roll([small, large]).Value);
    }

    [Fact]
    public void Missing_figures_are_left_out_and_counted_never_read_as_zero()
    {
        var withFigure = Insured.Leaf(Values(("membership.insured", 10)));
        var without = Insured.Leaf(Values());
        var ratioWithoutDenominator = SingleBidShare.Leaf(Values(("single_bid.count", 3)));

        Assert.Null(without);
        Assert.Null(ratioWithoutDenominator);
        var total = Insured.Roll([withFigure, without]);
        Assert.Equal(10m, total.Value);
        Assert.Equal(1, total.Contributors);
        Assert.Null(Insured.Roll([without]).Value);
    }

    [Fact]
    public void A_zero_denominator_gives_no_value_and_NONE_never_aggregates()
    {
        Assert.Null(SingleBidShare.Roll([SingleBidShare.Leaf(Values(("single_bid.count", 0), ("tender.count", 0)))]).Value);
        Assert.Null(Rank.Leaf(Values(("incentive.rank", 1))));
        Assert.Null(Rank.Roll([]).Value);
    }

    [Fact]
    public void Rolling_up_any_partition_and_then_the_parts_equals_rolling_up_the_whole()
    {
        var random = new Random(20241123);
        foreach (var rule in new[] { Insured, SingleBidShare, Remuneration })
        {
            for (var trial = 0; trial < 200; trial++)
            {
                var leaves = Enumerable.Range(0, 47).Select(_ => rule.Leaf(RandomValues(random, rule))).ToArray();
                var partCount = random.Next(1, 12);
                var parts = leaves.GroupBy(_ => random.Next(partCount)).Select(group => rule.Roll(group)).ToArray();

                var direct = rule.Roll(leaves);
                var viaParts = rule.Roll(parts);

                Assert.Equal(direct.Value, viaParts.Value);
                Assert.Equal(direct.Numerator, viaParts.Numerator);
                Assert.Equal(direct.Denominator, viaParts.Denominator);
                Assert.Equal(direct.Contributors, viaParts.Contributors);
            }
        }
    }

    private static Func<string, decimal?> RandomValues(Random random, MeasureRule rule)
    {
        // About one branch in ten lacks a figure, as real partial data does.
        var values = rule.Inputs.ToDictionary(code => code, _ => random.Next(10) == 0 ? (decimal?)null : random.Next(1, 2_000_000));
        return code => values.GetValueOrDefault(code);
    }

    private static Func<string, decimal?> Values(params (string Code, decimal Value)[] values) =>
        code => values.Where(v => v.Code == code).Select(v => (decimal?)v.Value).FirstOrDefault();
}
