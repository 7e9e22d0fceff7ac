namespace KenpoGraph.DemoData.Tests;

/// <summary>Year-on-year continuity: branch figures move with the nation, not by jumps.</summary>
[Collection(GeneratedSeedCollection.Name)]
public sealed class ContinuityTests(GeneratedSeed generated)
{
    [Theory]
    [InlineData("membership.insured", 0.08)]
    [InlineData("membership.dependants", 0.08)]
    [InlineData("membership.employers", 0.10)]
    [InlineData("membership.average_standard_monthly_remuneration", 0.05)]
    [InlineData("membership.total_standard_remuneration", 0.10)]
    [InlineData("checkup.lifestyle.target", 0.08)]
    [InlineData("medical_cost.average_members", 0.08)]
    [InlineData("medical_cost.total", 0.12)]
    public void No_branch_changes_by_more_than_a_few_percent_between_consecutive_years(string measure, double limit)
    {
        foreach (var branch in GeneratedSeed.Branches)
        {
            // FY2022 is the law-change year, exempt: nationally, dependants fell 3.6 % (seed 004 L82)
            Assert.All(GeneratedSeed.Years.Skip(1).Where(y => y != 2022), year =>
            {
                var change = generated.Value(branch, measure, year) / generated.Value(branch, measure, year - 1) - 1m;
                Assert.True(Math.Abs(change) <= (decimal)limit, $"{measure} of {branch}: {change:P1} in FY{year}");
            });
        }
    }
}
