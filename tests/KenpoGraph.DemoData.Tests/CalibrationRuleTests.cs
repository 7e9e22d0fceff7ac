using KenpoGraph.DemoData.Calibration;
using KenpoGraph.DemoData.Prefectures;

namespace KenpoGraph.DemoData.Tests;

/// <summary>The calibration rules on hand-computed cases.</summary>
public sealed class CalibrationRuleTests
{
    [Fact]
    public void Largest_remainder_gives_the_leftover_units_to_the_largest_remainders()
    {
        // quotas 10 × (0.45, 0.35, 0.2) = 4.5, 3.5, 2: floors 4 + 3 + 2 = 9, one unit left for the tie 0.5/0.5 → the earlier
        Assert.Equal([5L, 3L, 2L], Apportionment.LargestRemainder(10, [0.45m, 0.35m, 0.2m]));
        // 25,733 thousand over three weights: the parts sum exactly
        Assert.Equal(25_733_000L, Apportionment.LargestRemainder(25_733_000, [1m / 3, 1m / 3, 1m / 3]).Sum());
        Assert.Equal([0L, 7L], Apportionment.LargestRemainder(7, [0m, 2m]));
    }

    [Fact]
    public void Weighted_mean_calibration_keeps_fixed_values_and_lands_within_half_a_step()
    {
        var weights = new[] { 50m, 30m, 20m };
        var values = WeightedMeanCalibration.Calibrate([10.41m, 9.83m, 9.5m], weights, [null, null, 9.89m], target: 10m, step: 0.01m);

        Assert.Equal(9.89m, values[2]);
        Assert.All(values, v => Assert.Equal(v, Math.Round(v, 2)));
        Assert.InRange(WeightedMeanCalibration.WeightedMean(values, weights), 9.995m, 10.005m);
        Assert.True(values[0] > values[1]); // the shape survives
    }

    [Fact]
    public void Rate_calibration_keeps_published_numerators_and_hits_the_national_rate()
    {
        // Yamanashi-like: 78,870 of 106,993 published; the others share 58.4 % of the total denominator less it
        long[] denominators = [106_993, 500_000, 900_000];
        var numerators = RateCalibration.Numerators(denominators, [73.7m, 50m, 60m], [78_870, null, null], 58.4m);

        Assert.Equal(78_870L, numerators[0]);
        Assert.Equal((long)Math.Round(0.584m * denominators.Sum()), numerators.Sum());
        Assert.True(numerators[2] / 900_000m > numerators[1] / 500_000m);
    }

    [Fact]
    public void Prefecture_weights_are_the_2020_census_populations_of_the_47_prefectures()
    {
        var weights = PrefectureWeights.Load();

        Assert.Equal(47, weights.Count);
        Assert.Equal(126_146m, weights.Sum(w => w.PopulationThousands)); // 2020 census: 126,146 thousand
        Assert.Equal(14_048m, weights.Single(w => w.NameJa == "東京").PopulationThousands);
        Assert.Equal(553m, weights.Min(w => w.PopulationThousands)); // 鳥取
        Assert.Throws<FormatException>(() => PrefectureWeights.Parse("code,name_ja\n01,北海道"));
    }
}
