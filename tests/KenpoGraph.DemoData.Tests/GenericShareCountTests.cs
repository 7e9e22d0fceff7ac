using KenpoGraph.Domain.Kpis;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Domain.Rollups;

namespace KenpoGraph.DemoData.Tests;

/// <summary>
/// The printed counts of branches at or above 80 % generic share (the headquarters' BRANCH_COUNT results of K-GENERIC-SHARE:
/// 44 at FY2022 year-end, seed-001 L1149; 44 for March 2024 claims and 47 for March 2025, seed-004 L632–L634) are what the
/// branches' indicator ⑤ values give, printed branch values included, while the national share stays the printed one.
/// </summary>
[Collection(GeneratedSeedCollection.Name)]
public sealed class GenericShareCountTests(GeneratedSeed generated)
{
    private const string Generic = "incentive.i5.value";

    [Fact]
    public void Exactly_the_printed_number_of_branches_is_at_or_above_80_percent_in_each_printed_year()
    {
        var counts = generated.Seeds.Planning.KpiResults
            .Where(r => r.KpiCode == "K-GENERIC-SHARE" && r.PeriodBasis == KpiPeriodBasis.BranchCount && r.OrgUnitCode == OrgUnitCode.HeadquartersCode)
            .Select(r => (r.DataFiscalYear, Count: (int)r.Value!.Value, r.Locator)).Distinct().OrderBy(r => r.DataFiscalYear).ToArray();
        Assert.Equal([(2022, 44, "L1149"), (2023, 44, "L632-L634"), (2024, 47, "L1057-L1071"), (2024, 47, "L632-L634")], counts);
        var values = Values();
        Assert.All(counts, printed => Assert.Equal(printed.Count, GeneratedSeed.Branches.Count(b => values[(b, printed.DataFiscalYear)] >= 80m)));
        // The branch values printed in those years (Mie FY2022 81.1 and FY2023 82.8, Yamanashi FY2023 82.8) stay as printed.
        Assert.Equal([81.1m, 82.8m, 82.8m], new[] { values[("24", 2022)], values[("24", 2023)], values[("19", 2023)] });
    }

    [Fact]
    public void In_FY2024_every_branch_is_at_or_above_its_FY2023_share()
    {
        // seed-004 L574–L577: 全支部において80％以上を達成し、また、対前年度比についても全支部において前年度以上の使用割合
        var values = Values();
        Assert.All(GeneratedSeed.Branches, b => Assert.True(values[(b, 2024)] >= values[(b, 2023)], $"{b}: {values[(b, 2023)]} → {values[(b, 2024)]}"));
    }

    [Fact]
    public void The_national_generic_share_is_still_the_printed_one()
    {
        var national = generated.Seeds.Rollups.Where(r => r.Level == RollupLevel.National && r.MeasureCode == Generic && r.FiscalYear is >= 2022 and <= 2024)
            .OrderBy(r => r.FiscalYear).ToArray();
        Assert.Equal([81.7m, 83.6m, 89.1m], national.Select(r => r.PublishedValue));
        Assert.All(national, r => Assert.InRange(r.Value!.Value, r.PublishedValue!.Value - 0.05m, r.PublishedValue!.Value + 0.05m));
        Assert.All(national, r => Assert.Equal(Quality.Demo, r.Quality));
    }

    private Dictionary<(string, int), decimal> Values() =>
        generated.Seeds.Rollups.Where(r => r.Level == RollupLevel.Branch && r.MeasureCode == Generic && r.Value is not null)
            .ToDictionary(r => (r.UnitCode, r.FiscalYear), r => r.Value!.Value);
}
