namespace KenpoGraph.DemoData.Tests;

/// <summary>Membership: the 47 branches sum to the published national series FY2015–FY2024 (seed 004 L66–L101).</summary>
[Collection(GeneratedSeedCollection.Name)]
public sealed class MembershipCalibrationTests(GeneratedSeed generated)
{
    private static readonly string[] CountMeasures =
        ["membership.insured", "membership.dependants", "membership.voluntary_continuation_insured", "membership.employers"];

    /// <summary>Every printed count, members too: each sums exactly to its printed figure.</summary>
    public static TheoryData<string> Counts => new(CountMeasures.Append("membership.members"));

    [Theory]
    [MemberData(nameof(Counts))]
    public void Branch_counts_sum_exactly_to_the_published_national_figure(string measure)
    {
        Assert.All(GeneratedSeed.PublishedMembershipYears, year =>
        {
            Assert.Equal(generated.National(measure, year), generated.Sum(measure, year));
            Assert.All(GeneratedSeed.Branches, b => Assert.Equal(decimal.Truncate(generated.Value(b, measure, year)), generated.Value(b, measure, year)));
        });
    }

    [Fact]
    public void Fy2024_insured_persons_roll_up_to_25733_thousand()
    {
        Assert.Equal(25_733_000m, generated.Sum("membership.insured", 2024));
    }

    [Fact]
    public void Members_are_insured_plus_dependants_in_every_branch_but_for_the_printed_tables_own_rounding()
    {
        // The printed members are rounded on their own: 38,091 ≠ 22,441 + 15,649 (FY2016), 40,460 ≠ 24,805 + 15,656 (FY2019),
        // 40,282 ≠ 25,083 + 15,198 (FY2021). There the branches share the printed difference (largest remainder), so that members,
        // insured and dependants each sum exactly to their printed figures; in every other year members = insured + dependants.
        var printedMinusSum = new Dictionary<int, decimal> { [2016] = 1_000m, [2019] = -1_000m, [2021] = 1_000m };
        foreach (var year in GeneratedSeed.Years)
        {
            var differences = GeneratedSeed.Branches.Select(b => generated.Value(b, "membership.members", year)
                - generated.Value(b, "membership.insured", year) - generated.Value(b, "membership.dependants", year)).ToArray();
            Assert.Equal(printedMinusSum.GetValueOrDefault(year), differences.Sum());
            // a branch's share of ±1,000 persons: Tokyo's, the largest, is some 130
            Assert.All(differences, d => Assert.InRange(Math.Abs(d), 0m, 200m));
            if (!printedMinusSum.ContainsKey(year))
            {
                Assert.All(differences, d => Assert.Equal(0m, d));
            }
            Assert.All(GeneratedSeed.Branches, branch =>
                Assert.True(generated.Value(branch, "membership.voluntary_continuation_insured", year) <= generated.Value(branch, "membership.insured", year)));
        }
        Assert.All(printedMinusSum.Keys, year => Assert.Equal(generated.National("membership.members", year), generated.Sum("membership.members", year)));
    }

    [Fact]
    public void The_insured_weighted_average_remuneration_rounds_to_the_published_national_average()
    {
        Assert.All(GeneratedSeed.PublishedMembershipYears, year =>
        {
            var mean = generated.WeightedMean("membership.average_standard_monthly_remuneration", "membership.insured", year);
            var published = generated.National("membership.average_standard_monthly_remuneration", year)!.Value;
            Assert.True(Math.Abs(mean - published) < 0.5m, $"FY{year}: {mean} vs published {published}");
        });
    }

    [Fact]
    public void Average_remuneration_is_whole_yen_within_15_percent_of_national_metropolitan_branches_higher()
    {
        Assert.All(GeneratedSeed.Years, year =>
        {
            var national = generated.WeightedMean("membership.average_standard_monthly_remuneration", "membership.insured", year);
            decimal Relative(string branch) => generated.Value(branch, "membership.average_standard_monthly_remuneration", year) / national;
            Assert.All(GeneratedSeed.Branches, b =>
            {
                Assert.Equal(decimal.Truncate(generated.Value(b, "membership.average_standard_monthly_remuneration", year)),
                    generated.Value(b, "membership.average_standard_monthly_remuneration", year));
                Assert.InRange(Relative(b), 0.83m, 1.17m);
            });
            Assert.All(new[] { "13", "14", "23", "27" }, b => Assert.True(Relative(b) > 1m, $"{b} FY{year}"));
            Assert.All(new[] { "02", "05", "45", "47" }, b => Assert.True(Relative(b) < 0.92m, $"{b} FY{year}"));
        });
    }

    [Fact]
    public void Total_standard_remuneration_is_insured_times_twelve_months_plus_about_18_percent_bonuses()
    {
        foreach (var branch in GeneratedSeed.Branches)
        {
            Assert.All(GeneratedSeed.Years, year =>
            {
                var months = generated.Value(branch, "membership.insured", year)
                    * generated.Value(branch, "membership.average_standard_monthly_remuneration", year) * 12m;
                var total = generated.Value(branch, "membership.total_standard_remuneration", year);
                Assert.Equal(decimal.Truncate(total), total);
                Assert.InRange(total / months - 1m, 0.15m, 0.21m);
            });
        }
    }

    [Fact]
    public void Fy2025_continues_the_fy2023_to_fy2024_trend_as_demonstration_data_only()
    {
        foreach (var measure in CountMeasures.Append("membership.average_standard_monthly_remuneration"))
        {
            Assert.Null(generated.National(measure, 2025));
            var fy2024 = generated.National(measure, 2024)!.Value;
            var trend = fy2024 * fy2024 / generated.National(measure, 2023)!.Value;
            var fy2025 = measure.EndsWith("remuneration", StringComparison.Ordinal)
                ? generated.WeightedMean(measure, "membership.insured", 2025)
                : generated.Sum(measure, 2025);
            Assert.True(Math.Abs(fy2025 - trend) < 1m, $"{measure}: {fy2025} vs trend {trend}");
        }
        Assert.Equal(26_253_312m, generated.Sum("membership.insured", 2025)); // 25,733 × 25,733 ÷ 25,223 thousand
    }
}
