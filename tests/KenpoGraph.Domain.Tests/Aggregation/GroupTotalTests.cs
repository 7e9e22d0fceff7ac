using KenpoGraph.Domain.Aggregation;
using KenpoGraph.Domain.Measures;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Domain.Rollups;

namespace KenpoGraph.Domain.Tests.Aggregation;

public sealed class GroupTotalTests
{
    private static readonly MeasureRule Rate = new("checkup.lifestyle.rate", AggregationRule.Ratio, "examinees", "target", Scale: 100m);
    private static readonly MeasureRule Insured = new("membership.insured", AggregationRule.Sum);
    private static readonly MeasureRule Remuneration = new("membership.average_standard_monthly_remuneration", AggregationRule.WeightedMean, WeightCode: "membership.insured");

    private static BranchPart Part(string branch, decimal? value, decimal? numerator, decimal? denominator, bool contributes = true, Quality quality = Quality.Demo) =>
        new(branch, 2024, value, numerator, denominator, contributes, quality);

    [Fact]
    public void A_rate_is_the_sum_of_numerators_over_the_sum_of_denominators_not_the_mean_of_rates()
    {
        // 90 of 100 (90 %) and 10 of 1000 (1 %): 100 / 1100 = 9.09 %, while the mean of the two rates is 45.5 %.
        var total = GroupTotal.Of(Rate, [Part("01", 90m, 90m, 100m), Part("02", 1m, 10m, 1000m)]);
        Assert.Equal(100m / 1100m * 100m, total.Value);
        Assert.Equal(100m, total.Numerator);
        Assert.Equal(1100m, total.Denominator);
        Assert.Equal(45.5m, total.Spread!.Mean);
        Assert.Equal(1m, total.Spread.Min);
        Assert.Equal(90m, total.Spread.Max);
        Assert.Equal(2, total.Contributors);
    }

    [Fact]
    public void A_sum_adds_values_and_a_weighted_mean_weighs_them()
    {
        Assert.Equal(300m, GroupTotal.Of(Insured, [Part("01", 100m, 100m, null), Part("02", 200m, 200m, null)]).Value);
        Assert.Null(GroupTotal.Of(Insured, [Part("01", 100m, 100m, null), Part("02", 200m, 200m, null)]).Denominator);
        // 300,000 yen for 1 person and 400,000 for 3: (300,000 + 1,200,000) / 4.
        var mean = GroupTotal.Of(Remuneration, [Part("01", 300_000m, 300_000m, 1m), Part("02", 400_000m, 1_200_000m, 3m)]);
        Assert.Equal(375_000m, mean.Value);
    }

    [Fact]
    public void A_group_of_one_row_is_that_row_with_its_printed_value_and_quality()
    {
        // Yamanashi FY2024: printed 73.7 %, its numerator and denominator give 73.71 %.
        var total = GroupTotal.Of(Rate, [Part("19", 73.7m, 78_870m, 106_993m, quality: Quality.Published)]);
        Assert.Equal(73.7m, total.Value);
        Assert.Equal(Quality.Published, total.Quality);
        Assert.Null(total.Spread);
        Assert.Equal(1, total.Count);
    }

    [Fact]
    public void A_row_that_cannot_contribute_is_counted_but_not_added_and_demo_inputs_make_the_group_demo()
    {
        var total = GroupTotal.Of(Remuneration, [Part("01", 300_000m, 300_000m, 1m, quality: Quality.Published), Part("02", 999m, null, null, contributes: false),
            Part("03", 500_000m, 500_000m, 1m, quality: Quality.Demo)]);
        Assert.Equal(3, total.Count);
        Assert.Equal(2, total.Contributors);
        Assert.Equal(400_000m, total.Value);
        Assert.Equal(Quality.Demo, total.Quality);
        var published = GroupTotal.Of(Insured, [Part("01", 1m, 1m, null, quality: Quality.Published), Part("02", 2m, 2m, null, quality: Quality.Published)]);
        Assert.Equal(Quality.Derived, published.Quality);
    }

    [Fact]
    public void A_zero_denominator_gives_no_value()
    {
        Assert.Null(GroupTotal.Of(Rate, [Part("01", null, 0m, 0m), Part("02", null, 0m, 0m)]).Value);
    }
}
