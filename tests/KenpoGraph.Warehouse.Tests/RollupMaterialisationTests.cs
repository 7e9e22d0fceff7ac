using KenpoGraph.Domain.Provenance;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Warehouse.Tests;

/// <summary>fact_rollup as the loader materialises it from branch figures.</summary>
public sealed class RollupMaterialisationTests : IDisposable
{
    private const string Header = "org_unit,fiscal_year,measure,printed_value,printed_unit,basis,quality,document,locator,note\n";
    private readonly SeedWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Sums_ratios_and_weighted_means_roll_up_by_their_rules_at_every_level()
    {
        // Kanto (08–14) gets insured counts, remuneration and checkups; Tokyo's checkup target is missing.
        var rows = new List<string>();
        for (var branch = 8; branch <= 14; branch++)
        {
            rows.Add($"{branch:00},2023,membership.insured,{branch * 1000},人,FISCAL_YEAR_END,DEMO,demo,test,");
            rows.Add($"{branch:00},2023,membership.average_standard_monthly_remuneration,{300_000 + branch * 1000},円,FISCAL_YEAR_AVERAGE,DEMO,demo,test,");
            rows.Add($"{branch:00},2023,checkup.lifestyle.examinees,{branch * 100},件,PERIOD,DEMO,demo,test,");
            if (branch != 13)
            {
                rows.Add($"{branch:00},2023,checkup.lifestyle.target,{branch * 200},人,FISCAL_YEAR_END,DEMO,demo,test,");
            }
        }
        File.WriteAllText(_workspace.PathOf("demo_membership.csv"), Header + string.Join('\n', rows.Where(r => r.Contains("membership"))) + "\n");
        File.WriteAllText(_workspace.PathOf("demo_checkups.csv"), Header + string.Join('\n', rows.Where(r => r.Contains("checkup"))) + "\n");

        var seeds = Read();
        var insured = Single(seeds, RollupLevel.Region, "KANTO", 2023, "membership.insured");
        Assert.Equal((8 + 9 + 10 + 11 + 12 + 13 + 14) * 1000m, insured.Value);
        Assert.Equal(7, insured.Contributors);
        Assert.Equal(7, insured.ExpectedContributors);
        Assert.Equal(Quality.Demo, insured.Quality);

        var national = Single(seeds, RollupLevel.National, "00", 2023, "membership.insured");
        Assert.Equal(insured.Value, national.Value);
        Assert.Equal(47, national.ExpectedContributors);
        Assert.Equal(25_223_000m, national.PublishedValue); // seed 004 L74: FY2023 insured 25,223 thousand
        Assert.Equal(insured.Value - 25_223_000m, national.Difference);

        // Σ(value·insured) ÷ Σ insured, not the mean of the branch averages
        var expectedMean = Enumerable.Range(8, 7).Sum(b => (300_000m + b * 1000) * b * 1000) / Enumerable.Range(8, 7).Sum(b => b * 1000m);
        Assert.Equal(expectedMean, Single(seeds, RollupLevel.Region, "KANTO", 2023, "membership.average_standard_monthly_remuneration").Value);

        // Tokyo has no target, so its examinees cannot join the ratio: it is left out and counted, never taken as zero
        var rate = Single(seeds, RollupLevel.Region, "KANTO", 2023, "checkup.lifestyle.rate");
        var withTargets = new[] { 8, 9, 10, 11, 12, 14 };
        Assert.Equal(withTargets.Sum(b => b * 100m), rate.Numerator);
        Assert.Equal(withTargets.Sum(b => b * 200m), rate.Denominator);
        Assert.Equal(50m, rate.Value);
        Assert.Equal(6, rate.Contributors);
        Assert.DoesNotContain(seeds.Rollups, r => r.Level == RollupLevel.Branch && r.UnitCode == "13" && r.MeasureCode == "checkup.lifestyle.rate");
        Assert.Equal(50m, Single(seeds, RollupLevel.Branch, "08", 2023, "checkup.lifestyle.rate").Value);
    }

    [Fact]
    public void A_printed_branch_ratio_is_the_branchs_value_and_a_printed_national_figure_stands_beside_the_roll_up()
    {
        // The published figures alone: without the demonstration files only Yamanashi contributes.
        foreach (var demo in SeedReader.OptionalFiles)
        {
            File.Delete(_workspace.PathOf(demo));
        }
        var seeds = Read();

        // seed 003 L722/L726: Yamanashi 78,870 examinees of 106,993 insured targets, printed as 73.7 %: the printed rate is
        // the branch's value, numerator and denominator are what the roll-ups add, and the difference is what they give
        var yamanashi = Single(seeds, RollupLevel.Branch, "19", 2024, "checkup.lifestyle.rate");
        Assert.Equal(73.7m, yamanashi.Value);
        Assert.Equal(Quality.Published, yamanashi.Quality);
        Assert.Equal((78_870m, 106_993m), (yamanashi.Numerator, yamanashi.Denominator));
        Assert.Equal(78_870m / 106_993m * 100m - 73.7m, yamanashi.Difference);
        // a ratio no branch figure is printed for stays derived: Yamanashi's FY2024 employer data, 2,541 of 106,993, is printed
        // as 2.4 % too; FY2022 has neither, so without demonstration files no FY2022 branch row exists
        Assert.DoesNotContain(seeds.Rollups, r => r.Level == RollupLevel.Branch && r.UnitCode == "19" && r.FiscalYear == 2022 && r.MeasureCode == "checkup.lifestyle.rate");

        var national = Single(seeds, RollupLevel.National, "00", 2024, "checkup.lifestyle.rate");
        Assert.Equal(58.4m, national.PublishedValue); // seed 004 L963
        Assert.Equal(1, national.Contributors);
        Assert.Equal(national.Value - 58.4m, national.Difference);

        // seed 003 L216: the branch's own premium rate shows even without the weight needed to roll it up
        var premium = Single(seeds, RollupLevel.Branch, "19", 2025, "premium.rate");
        Assert.Equal(9.89m, premium.Value);
        Assert.Equal(0, premium.Contributors);
        Assert.Equal(Quality.Published, premium.Quality);
    }

    private SeedSet Read()
    {
        var reading = SeedReader.Read(_workspace.SeedDirectory);
        Assert.Empty(reading.Problems);
        return reading.Seeds!;
    }

    private static Rollup Single(SeedSet seeds, RollupLevel level, string unit, int year, string measure) =>
        Assert.Single(seeds.Rollups, r => r.Level == level && r.UnitCode == unit && r.FiscalYear == year && r.MeasureCode == measure);
}
