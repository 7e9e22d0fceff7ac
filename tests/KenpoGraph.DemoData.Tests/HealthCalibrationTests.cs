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
    [InlineData("checkup.dependant.examinees", "checkup.dependant.target", 20, 40)]
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
        // seed 003 L722, L726: 78,870 of 106,993 = 73.7 %; its generated years continue that level
        Assert.Equal(73.7m, Math.Round(generated.Rate("19", "checkup.lifestyle.examinees", "checkup.lifestyle.target", 2024), 1));
        Assert.InRange(generated.Rate("19", "checkup.lifestyle.examinees", "checkup.lifestyle.target", 2023), 68m, 76m);
        Assert.InRange(generated.Value("19", "checkup.lifestyle.target", 2023), 100_000m, 106_993m);
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
                Assert.InRange(V("guidance.insured.eligible") / insuredExaminees, 0.15m, 0.19m);
                Assert.InRange(V("guidance.dependant.eligible") / V("checkup.dependant.examinees"), 0.10m, 0.14m);
                foreach (var population in new[] { "insured", "dependant" })
                {
                    Assert.InRange(V($"guidance.{population}.initial_interviews"), V($"guidance.{population}.completions"), V($"guidance.{population}.eligible"));
                }
            });
        }
    }

    [Fact]
    public void Indicators_1_and_2_are_the_checkup_and_guidance_figures()
    {
        foreach (var branch in GeneratedSeed.Branches)
        {
            Assert.All(GeneratedSeed.Years, year =>
            {
                decimal V(string measure) => generated.Value(branch, measure, year);
                Assert.Equal(V("checkup.lifestyle.examinees") + V("checkup.employer_data.obtained") + V("checkup.dependant.examinees"), V("incentive.i1.numerator"));
                Assert.Equal(V("checkup.lifestyle.target") + V("checkup.dependant.target"), V("incentive.i1.denominator"));
                Assert.Equal(V("guidance.insured.completions") + V("guidance.dependant.completions"), V("incentive.i2.numerator"));
                Assert.Equal(V("guidance.insured.eligible") + V("guidance.dependant.eligible"), V("incentive.i2.denominator"));
            });
        }
    }

    [Theory]
    [InlineData("i3", 8, 20)]
    [InlineData("i4", 25, 45)]
    [InlineData("i5", 75, 92)]
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
