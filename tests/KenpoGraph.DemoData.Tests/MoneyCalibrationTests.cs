namespace KenpoGraph.DemoData.Tests;

/// <summary>Premium rates, medical cost and the branch account.</summary>
[Collection(GeneratedSeedCollection.Name)]
public sealed class MoneyCalibrationTests(GeneratedSeed generated)
{
    [Fact]
    public void Premium_rates_weighted_by_total_standard_remuneration_average_10_percent_every_year()
    {
        Assert.All(GeneratedSeed.Years, year =>
        {
            var mean = generated.WeightedMean("premium.rate", "membership.total_standard_remuneration", year);
            Assert.Equal(10.00m, Math.Round(mean, 2, MidpointRounding.AwayFromZero));
        });
        // seed 004 L258–L260: the published national average for FY2025 and (derived) FY2024
        Assert.Equal(10m, generated.National("premium.rate", 2025));
        Assert.Equal(10m, generated.National("premium.rate", 2024));
    }

    [Fact]
    public void Premium_rates_have_two_decimals_a_plausible_spread_and_small_yearly_changes()
    {
        foreach (var branch in GeneratedSeed.Branches)
        {
            Assert.All(GeneratedSeed.Years, year =>
            {
                var rate = generated.Value(branch, "premium.rate", year);
                Assert.Equal(rate, Math.Round(rate, 2));
                Assert.InRange(rate, 9.3m, 10.8m);
                if (year > 2015)
                {
                    Assert.InRange(rate - generated.Value(branch, "premium.rate", year - 1), -0.3m, 0.3m);
                }
            });
        }
        Assert.All(GeneratedSeed.Years, year =>
        {
            var ranked = GeneratedSeed.Branches.OrderByDescending(b => generated.Value(b, "premium.rate", year)).ToArray();
            // seed 004 L461–L463: Hokkaido, Tokushima and Saga stay high; Niigata and Okinawa are among the lowest
            Assert.All(new[] { "01", "36", "41" }, b => Assert.Contains(b, ranked[..6]));
            Assert.All(new[] { "15", "47" }, b => Assert.Contains(b, ranked[^6..]));
        });
    }

    [Fact]
    public void The_incentive_funding_rate_is_the_same_for_every_branch_from_premium_year_2020()
    {
        var expected = new Dictionary<int, decimal?>
        {
            [2015] = null, [2016] = null, [2017] = null, [2018] = null, [2019] = null,
            [2020] = 0.004m, [2021] = 0.007m, [2022] = 0.007m, [2023] = 0.01m, [2024] = 0.01m, [2025] = 0.01m,
        };
        foreach (var branch in GeneratedSeed.Branches)
        {
            Assert.All(expected, e => Assert.Equal(e.Value,
                generated.Seeds.Observations.SingleOrDefault(o => o.OrgUnitCode == branch && o.FiscalYear == e.Key && o.MeasureCode == "premium.incentive_funding_rate")?.Value));
        }
    }

    [Fact]
    public void Average_members_are_the_mean_of_two_year_ends_and_cost_per_member_is_plausible()
    {
        foreach (var branch in GeneratedSeed.Branches)
        {
            Assert.All(GeneratedSeed.Years.Skip(1), year =>
            {
                var mean = (generated.Value(branch, "membership.members", year - 1) + generated.Value(branch, "membership.members", year)) / 2m;
                Assert.InRange(generated.Value(branch, "medical_cost.average_members", year) - mean, -0.5m, 0.5m);
                Assert.InRange(generated.Rate(branch, "medical_cost.total", "medical_cost.average_members", year) / 100m, 150_000m, 280_000m);
            });
        }
        var national = GeneratedSeed.Years.ToDictionary(y => y, y => generated.NationalRate("medical_cost.total", "medical_cost.average_members", y) / 100m);
        // the path through the printed 212,946 円 (FY2024) starts at 172,600 円 in FY2015
        Assert.All(national.Values, perMember => Assert.InRange(perMember, 165_000m, 260_000m));
        Assert.True(national[2020] < national[2019], "the FY2020 dip");
        Assert.True(national[2025] > national[2015] * 1.2m);
    }

    [Fact]
    public void The_branch_account_balances_and_settled_figures_stay_within_3_percent_of_the_budget()
    {
        foreach (var branch in GeneratedSeed.Branches)
        {
            Assert.All(GeneratedSeed.Years, year =>
            {
                decimal V(string measure) => generated.Value(branch, measure, year);
                var income = V("membership.total_standard_remuneration") * V("premium.rate") / 100m;
                Assert.InRange(V("finance.premium_income.budget") - income, -0.5m, 0.5m);
                Assert.InRange(V("finance.adjusted_medical_benefits.budget") / V("finance.premium_income.budget"), 0.599m, 0.651m);
                Assert.InRange(V("finance.regional_difference.budget") / V("finance.adjusted_medical_benefits.budget"), -0.041m, 0.041m);
                foreach (var kind in new[] { "budget", "settled" })
                {
                    Assert.Equal(V($"finance.premium_income.{kind}") - V($"finance.adjusted_medical_benefits.{kind}"), V($"finance.balance.{kind}"));
                }
                foreach (var line in new[] { "premium_income", "adjusted_medical_benefits", "regional_difference" })
                {
                    var budget = V($"finance.{line}.budget");
                    if (Math.Abs(budget) >= 10_000_000m) // 1 % of a tiny regional difference is lost in rounding to the yen
                    {
                        Assert.InRange(Math.Abs(V($"finance.{line}.settled") / budget - 1m), 0.0099m, 0.0301m);
                    }
                }
            });
        }
        Assert.Contains(generated.Demo, o => o.MeasureCode == "finance.regional_difference.budget" && o.Value < 0);
    }
}
