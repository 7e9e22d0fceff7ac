using KenpoGraph.Domain.Kpis;
using KenpoGraph.Warehouse.Loading;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Warehouse.Tests;

/// <summary>Thresholds resolved from results at load, and the attainment they make computable (db/seed/README.md).</summary>
public sealed partial class LoaderTests
{
    [Fact]
    public async Task Unprinted_prior_year_thresholds_resolve_from_the_previous_year_s_result_and_get_computed_attainment()
    {
        Assert.Equal(LoadStatus.Published, (await _loader.LoadAsync(Seed)).Status);
        await using var db = _store.Current()!.CreateContext();
        var targets = await db.KpiTargets.ToDictionaryAsync(t => t.Code);
        // seed-001 L998-L1000 national FY2024 postal rate 対前年度以上, unprinted → FY2023 95.6 % (seed-002 L73); FY2024 95.8 % (seed-004 L905-L908)
        var postal = targets["T0101"];
        Assert.Equal(95.6m, postal.Threshold);
        Assert.Equal(ThresholdSource.ResolvedFromResults, postal.ThresholdSource);
        Assert.Equal("R0054", postal.ThresholdResultCodes);
        Assert.Equal("2023", postal.ThresholdYears);
        Assert.Equal(("R0160", true, Attainment.Attained, false), (postal.ResultCode, postal.ResultFromAnotherDocument, postal.ComputedAttainment, postal.AttainmentDisagrees));
        Assert.Null(postal.PublishedAttainment); // the 達成 is printed against seed-004's own target T0249
        // card return: 82.10 % (seed-002 L216) against 81.36 % → missed, as seed-004 L945 prints 未達成
        Assert.Equal((82.10m, Attainment.NotAttained, false), (targets["T0105"].Threshold, targets["T0105"].ComputedAttainment, targets["T0105"].AttainmentDisagrees));
        // re-examination amount per claim: 8,472 円 (seed-002) against 9,908 円
        Assert.Equal((8472m, Attainment.Attained), (targets["T0103"].Threshold, targets["T0103"].ComputedAttainment));
        // national FY2025 (seed-000 KPI table) from the FY2024 report's results (seed-004)
        Assert.Equal((0.131m, "R0161"), (targets["T0023"].Threshold, targets["T0023"].ThresholdResultCodes));
        Assert.Equal((9908m, "R0162"), (targets["T0024"].Threshold, targets["T0024"].ThresholdResultCodes));
        Assert.Equal((66.20m, "R0163"), (targets["T0025"].Threshold, targets["T0025"].ThresholdResultCodes));
        Assert.Equal(ThresholdSource.ResolvedFromResults, targets["T0038"].ThresholdSource);
        Assert.Null(targets["T0023"].ComputedAttainment); // no FY2025 result yet
        // Printed thresholds stay printed
        Assert.Equal(ThresholdSource.Printed, targets["T0249"].ThresholdSource);
        Assert.Equal(ThresholdSource.Printed, targets["T0087"].ThresholdSource);
    }

    [Theory]
    [InlineData("T0249", "R0054")] // national FY2024 postal 95.6 % (seed-004 L905-L908)
    [InlineData("T0251", "R0059")] // national FY2024 re-examination 8,472 円
    [InlineData("T0253", "R0069")] // national FY2024 card return 82.10 %
    [InlineData("T0174", "R0051")] // Mie's chart KPIs (seed-002): 95.7, 6,742, 8,683, 0.325, 90.84, 91.32, 69.20, 82.8
    [InlineData("T0176", "R0055")]
    [InlineData("T0177", "R0056")]
    [InlineData("T0179", "R0060")]
    [InlineData("T0182", "R0065")]
    [InlineData("T0183", "R0066")]
    [InlineData("T0185", "R0070")]
    [InlineData("T0204", "R0101")]
    [InlineData("T0235", "R0147")] // Yamanashi FY2024 (seed-003): 92.6, 0.64, 5,913, 93.88, 87.15
    [InlineData("T0237", "R0149")]
    [InlineData("T0242", "R0154")]
    [InlineData("T0244", "R0156")]
    [InlineData("T0246", "R0158")]
    public async Task Where_the_seeds_print_the_prior_year_threshold_the_results_give_the_same_number(string target, string result)
    {
        Assert.Equal(LoadStatus.Published, (await _loader.LoadAsync(Seed)).Status);
        await using var db = _store.Current()!.CreateContext();
        var row = await db.KpiTargets.SingleAsync(t => t.Code == target);
        Assert.Equal(ThresholdSource.Printed, row.ThresholdSource);
        Assert.Equal(row.Threshold, row.ResolvedThreshold);
        Assert.Equal(result, row.ThresholdResultCodes);
    }

    [Fact]
    public async Task Thresholds_the_results_cannot_give_stay_unresolved_with_the_reason()
    {
        Assert.Equal(LoadStatus.Published, (await _loader.LoadAsync(Seed)).Status);
        await using var db = _store.Current()!.CreateContext();
        var targets = await db.KpiTargets.ToDictionaryAsync(t => t.Code);
        // Seafarers' FY2024 card return (seed-001 L1832-L1849): the FY2023 result and the FY2021-FY2023 average are not printed;
        // 89.9 % is the FY2020-FY2022 average (pooled: the mean of 90.8, 90.3 and 89.0 is 90.03), the status when the plan was written
        var card = targets["T0137"];
        Assert.Null(card.Threshold);
        Assert.Null(card.ThresholdSource);
        Assert.Equal("2021,2022,2023", card.ThresholdYears);
        Assert.Equal("R0018,R0019", card.ThresholdResultCodes);
        Assert.Contains("no full-year FY2023 result", card.ThresholdUnresolvedReason);
        Assert.Null(card.ComputedAttainment);
        foreach (var code in new[] { "T0120", "T0121", "T0122", "T0123", "T0125", "T0126", "T0135", "T0136", "T0138", "T0139", "T0141", "T0142", "T0151" })
        {
            Assert.Null(targets[code].Threshold);
            Assert.NotNull(targets[code].ThresholdUnresolvedReason);
        }
        Assert.Contains("method changed", targets["T0151"].ThresholdUnresolvedReason); // website counts changed method in FY2023
        // The assessment rate changed definition in FY2024 (seed-002 L188): FY2023's 0.423 % is no FY2024 threshold
        Assert.Contains("method changed between FY2023 and FY2024", targets["T0102"].ThresholdUnresolvedReason);
        // Mie's chart gives a national FY2023 refund recovery of 53.29 %, the FY2024 report 63.35 % as 前年度: another basis, not resolved
        Assert.Null(targets["T0104"].Threshold);
        Assert.Equal(53.29m, targets["T0104"].ResolvedThreshold);
        Assert.Contains("T0252", targets["T0104"].ThresholdUnresolvedReason);
        Assert.Equal((63.35m, 53.29m), (targets["T0252"].Threshold, targets["T0252"].ResolvedThreshold!.Value));
        // Mie's FY2023 refund recovery is printed twice, 74.43 % (chart) and 78.19 % (priority issues): conflicting
        Assert.Contains("conflicting FY2023 results", targets["T0186"].ThresholdUnresolvedReason);
        // Nagano prints no FY2024 results
        Assert.Contains("no full-year FY2024 result", targets["T0004"].ThresholdUnresolvedReason);
        Assert.Contains("no year-end FY2024 result", targets["T0014"].ThresholdUnresolvedReason);
    }
}
