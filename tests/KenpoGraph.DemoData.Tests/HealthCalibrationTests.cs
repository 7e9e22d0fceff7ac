namespace KenpoGraph.DemoData.Tests;

/// <summary>Checkups, guidance and incentive indicators: national rates are Σnumerators ÷ Σdenominators of the branches.</summary>
[Collection(GeneratedSeedCollection.Name)]
public sealed class HealthCalibrationTests(GeneratedSeed generated)
{
    [Theory]
    // seed 004 L963, L968, L973, L1016, L1021: the FY2024 national rates
    [InlineData("checkup.lifestyle.examinees", "checkup.lifestyle.target", 58.4)]
    [InlineData("checkup.employer_data.obtained", "checkup.employer_data.target", 7.2)]
    [InlineData("checkup.dependant.examinees", "checkup.dependant.target", 29.4)]
    [InlineData("guidance.insured.completions", "guidance.insured.eligible", 20.3)]
    [InlineData("guidance.dependant.completions", "guidance.dependant.eligible", 17.1)]
    public void Fy2024_national_rates_round_to_the_published_rates(string numerator, string denominator, double published)
    {
        var rate = generated.NationalRate(numerator, denominator, 2024);
        Assert.Equal((decimal)published, Math.Round(rate, 1, MidpointRounding.AwayFromZero));
        Assert.Equal((decimal)published, generated.National(numerator.Split('.')[0] + "." + numerator.Split('.')[1] + ".rate", 2024));
    }

    [Theory]
    [InlineData("checkup.lifestyle.examinees", "checkup.lifestyle.target", 45, 80)]
    [InlineData("checkup.employer_data.obtained", "checkup.employer_data.target", 2, 20)]
    [InlineData("checkup.dependant.examinees", "checkup.dependant.target", 20, 45)] // Yamanashi's printed 41.7 % (seed 003 L858)
    [InlineData("guidance.insured.completions", "guidance.insured.eligible", 5, 45)]
    [InlineData("guidance.dependant.completions", "guidance.dependant.eligible", 3, 40)]
    public void Fy2024_branch_rates_spread_plausibly_and_national_rates_rise_over_the_years(string numerator, string denominator, double low, double high)
    {
        Assert.All(GeneratedSeed.Branches, b =>
        {
            Assert.InRange(generated.Rate(b, numerator, denominator, 2024), (decimal)low, (decimal)high);
            Assert.All(GeneratedSeed.Years, y => Assert.True(generated.Value(b, numerator, y) <= generated.Value(b, denominator, y)));
        });
        var national = GeneratedSeed.Years.Select(y => generated.NationalRate(numerator, denominator, y)).ToArray();
        Assert.True(national[^1] > national[^2] && national[^2] > national[0] + 2m, string.Join(", ", national));
    }

    [Fact]
    public void Checkup_targets_follow_membership_and_keep_yamanashis_published_target()
    {
        foreach (var branch in GeneratedSeed.Branches)
        {
            Assert.All(GeneratedSeed.Years, year =>
            {
                var target = generated.Value(branch, "checkup.lifestyle.target", year);
                Assert.InRange(target / generated.Value(branch, "membership.insured", year), 0.54m, 0.66m);
                Assert.Equal(target, generated.Value(branch, "checkup.employer_data.target", year));
                Assert.InRange(generated.Value(branch, "checkup.dependant.target", year) / generated.Value(branch, "membership.dependants", year), 0.42m, 0.48m);
            });
        }
        // seed 003 L722, L726: 78,870 of 106,993 = 73.7 %, and 79.0 % in FY2023, which the generated FY2023 figures give back
        Assert.Equal(73.7m, Math.Round(generated.Rate("19", "checkup.lifestyle.examinees", "checkup.lifestyle.target", 2024), 1));
        Assert.Equal(79.0m, Math.Round(generated.Rate("19", "checkup.lifestyle.examinees", "checkup.lifestyle.target", 2023), 1, MidpointRounding.AwayFromZero));
        Assert.InRange(generated.Value("19", "checkup.lifestyle.target", 2023), 100_000m, 106_993m);
        // L858, L862: 9,517 of 22,796 dependants; Yamanashi is sized so that 22,796 is the usual share of its dependants
        Assert.Equal(41.7m, Math.Round(generated.Rate("19", "checkup.dependant.examinees", "checkup.dependant.target", 2024), 1, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Guidance_eligible_people_come_from_the_examinees_and_interviews_lie_between_completions_and_eligible()
    {
        foreach (var branch in GeneratedSeed.Branches)
        {
            Assert.All(GeneratedSeed.Years, year =>
            {
                decimal V(string measure) => generated.Value(branch, measure, year);
                var insuredExaminees = V("checkup.lifestyle.examinees") + V("checkup.employer_data.obtained");
                // Where the rate and completions are printed (Yamanashi FY2024), eligible people are what the two imply.
                if (generated.National("guidance.insured.rate", year) is not null && branch == "19" && year == 2024)
                {
                    Assert.Equal(28.9m, Math.Round(V("guidance.insured.completions") / V("guidance.insured.eligible") * 100m, 1, MidpointRounding.AwayFromZero));
                    Assert.Equal(7.7m, Math.Round(V("guidance.dependant.completions") / V("guidance.dependant.eligible") * 100m, 1, MidpointRounding.AwayFromZero));
                }
                else
                {
                    Assert.InRange(V("guidance.insured.eligible") / insuredExaminees, 0.15m, 0.19m);
                    Assert.InRange(V("guidance.dependant.eligible") / V("checkup.dependant.examinees"), 0.10m, 0.14m);
                }
                foreach (var population in new[] { "insured", "dependant" })
                {
                    // Printed counts need not order so: guidance spans years, and Yamanashi's dependants had 45 initial interviews
                    // and 65 final evaluations in FY2024 (seed 003 L1032–L1034). Generated interviews lie between the two.
                    var printed = generated.Observation(branch, $"guidance.{population}.initial_interviews", year).Quality != KenpoGraph.Domain.Provenance.Quality.Demo;
                    Assert.InRange(V($"guidance.{population}.initial_interviews"), printed ? 0m : V($"guidance.{population}.completions"), V($"guidance.{population}.eligible"));
                }
            });
        }
    }

    [Fact]
    public void Indicators_1_and_2_are_the_checkup_and_guidance_figures_except_where_published_ranks_bend_them()
    {
        // Results years with published ranks (FY2018–FY2023) bend the demonstration values of ① and ② (their numerators);
        // the denominators are the checkup and guidance populations in every year, and so are the numerators in the others.
        var bentYears = generated.Seeds.Incentives.PublishedRanks.Select(r => r.ResultsYear).ToHashSet();
        Assert.Equal([2018, 2019, 2020, 2021, 2022, 2023], bentYears.Order());
        foreach (var branch in GeneratedSeed.Branches)
        {
            Assert.All(GeneratedSeed.Years, year =>
            {
                decimal V(string measure) => generated.Value(branch, measure, year);
                Assert.Equal(V("checkup.lifestyle.target") + V("checkup.dependant.target"), V("incentive.i1.denominator"));
                Assert.Equal(V("guidance.insured.eligible") + V("guidance.dependant.eligible"), V("incentive.i2.denominator"));
                if (!bentYears.Contains(year))
                {
                    Assert.Equal(V("checkup.lifestyle.examinees") + V("checkup.employer_data.obtained") + V("checkup.dependant.examinees"), V("incentive.i1.numerator"));
                    Assert.Equal(V("guidance.insured.completions") + V("guidance.dependant.completions"), V("incentive.i2.numerator"));
                }
                Assert.InRange(generated.Rate(branch, "incentive.i1.numerator", "incentive.i1.denominator", year), 25m, 85m);
                Assert.InRange(generated.Rate(branch, "incentive.i2.numerator", "incentive.i2.denominator", year), 3m, 50m);
            });
        }
    }

    [Theory]
    // ③ around 38 %, ④ around 10 % (the scale of the Iwate page's FY2021 values 33.3 % and 10.6 %), ⑤ around the printed national
    // shares (81.7 % FY2022 … 89.1 % FY2024); bending to published ranks may move a value beyond its shape's range
    [InlineData("i3", 15, 60)]
    [InlineData("i4", 2, 25)]
    [InlineData("i5", 55, 99)]
    public void Indicators_3_to_5_lie_in_their_ranges(string indicator, double low, double high)
    {
        foreach (var branch in GeneratedSeed.Branches)
        {
            Assert.All(GeneratedSeed.Years, year =>
            {
                Assert.True(generated.Value(branch, $"incentive.{indicator}.denominator", year) > 0);
                // numerators are whole counts, so a rate may pass a bound by the rounding of one count
                Assert.InRange(generated.Rate(branch, $"incentive.{indicator}.numerator", $"incentive.{indicator}.denominator", year),
                    (decimal)low - 0.1m, (decimal)high + 0.1m);
            });
        }
    }

    [Fact]
    public void The_generic_share_rises_over_time()
    {
        var national = GeneratedSeed.Years.Select(y => generated.NationalRate("incentive.i5.numerator", "incentive.i5.denominator", y)).ToArray();
        Assert.All(national.Zip(national.Skip(1)), pair => Assert.True(pair.Second > pair.First, $"{pair.First} → {pair.Second}"));
    }
}
