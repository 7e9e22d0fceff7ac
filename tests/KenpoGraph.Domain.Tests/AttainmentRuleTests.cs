using KenpoGraph.Domain.Kpis;

namespace KenpoGraph.Domain.Tests;

public sealed class AttainmentRuleTests
{
    private static Attainment? Compute(KpiTargetRule rule, Comparator? comparator, decimal? threshold, decimal? value,
        KpiPeriodBasis basis = KpiPeriodBasis.FiscalYear, int? branches = null, string? targetDate = null, string? asOf = null) =>
        AttainmentRule.Compute(new TargetTerms(rule, comparator, threshold, branches, targetDate), new ResultTerms(value, basis, asOf));

    [Fact]
    public void Compares_a_full_year_result_with_a_resolved_threshold()
    {
        // seed 004 L960-L963: checkups 58.4 % against ≥ 61.7 %
        Assert.Equal(Attainment.NotAttained, Compute(KpiTargetRule.Absolute, Comparator.Gte, 61.7m, 58.4m));
        // seed 004 L1135-L1138: single bids 10.7 % against ≤ 15 %
        Assert.Equal(Attainment.Attained, Compute(KpiTargetRule.Absolute, Comparator.Lte, 15m, 10.7m));
        // seed 004 L900-L903: 100.0 % = 100 %
        Assert.Equal(Attainment.Attained, Compute(KpiTargetRule.Absolute, Comparator.Eq, 100m, 100.0m));
        // seed 004 L910-L918: 査定率 0.131 % against the prior year's 0.156 %
        Assert.Equal(Attainment.NotAttained, Compute(KpiTargetRule.PriorYear, Comparator.Gte, 0.156m, 0.131m));
    }

    [Fact]
    public void Is_not_computed_where_the_rule_is_not_mechanical()
    {
        Assert.Null(Compute(KpiTargetRule.PriorYear, Comparator.Gte, null, 95.8m)); // threshold not printed
        Assert.Null(Compute(KpiTargetRule.Qualitative, null, null, null));
        Assert.Null(Compute(KpiTargetRule.Increment, Comparator.Gte, 60m, 25m, KpiPeriodBasis.FiscalYearEnd));
        // seed 002 L474: Mie's 29.3 % is year to date (October) and says nothing yet about ≥ 68.5 %
        Assert.Null(Compute(KpiTargetRule.Absolute, Comparator.Gte, 68.5m, 29.3m, KpiPeriodBasis.AsOfDate, asOf: "2024-10"));
    }

    [Fact]
    public void An_increment_compares_the_year_s_increase_with_k()
    {
        // seed-001 L1594-L1595, L1954: at least 60 more shipowners a year; FY2022 printed 25社増
        Assert.Equal(Attainment.NotAttained, Compute(KpiTargetRule.Increment, Comparator.Gte, 60m, 25m));
        Assert.Equal(Attainment.Attained, Compute(KpiTargetRule.Increment, Comparator.Gte, 60m, 60m));
    }

    [Fact]
    public void Dated_targets_need_a_result_of_that_date_and_all_branch_rules_a_count_of_branches()
    {
        // seed 004 L951-L954: マイナ保険証 19.10 % on 2024-11-30 against 50 %
        Assert.Equal(Attainment.NotAttained, Compute(KpiTargetRule.AsOfDate, Comparator.Gte, 50m, 19.10m, KpiPeriodBasis.AsOfDate, targetDate: "2024-11-30", asOf: "2024-11-30"));
        Assert.Null(Compute(KpiTargetRule.AsOfDate, Comparator.Gte, 50m, 19.10m, KpiPeriodBasis.AsOfDate, targetDate: "2024-11-30", asOf: "2024-10"));
        // seed 004 L1057-L1071: all 47 branches meet the generic-share rule
        Assert.Equal(Attainment.Attained, Compute(KpiTargetRule.AllBranchesThreshold, Comparator.Gte, 80m, 47m, KpiPeriodBasis.BranchCount, branches: 47));
        Assert.Equal(Attainment.NotAttained, Compute(KpiTargetRule.AllBranchesThreshold, Comparator.Gte, 80m, 44m, KpiPeriodBasis.BranchCount, branches: 47));
    }

    [Theory]
    [InlineData(Attainment.Attained, Attainment.NotAttained, true)]
    [InlineData(Attainment.NotAttained, Attainment.Attained, true)]
    [InlineData(Attainment.Attained, Attainment.Attained, false)]
    [InlineData(Attainment.BroadlyAttained, Attainment.NotAttained, false)] // seed 004 L973: 29.4 % vs 30.3 %, 概ね達成
    [InlineData(Attainment.BroadlyAttained, Attainment.Attained, true)]
    [InlineData(Attainment.NotAssessed, Attainment.Attained, false)]
    public void Flags_a_published_mark_that_contradicts_the_computed_one(Attainment published, Attainment computed, bool disagrees) =>
        Assert.Equal(disagrees, AttainmentRule.Disagrees(published, computed));

    [Fact]
    public void Reads_the_printed_marks()
    {
        Assert.True(AttainmentMarks.TryParse("概ね達成", out var broadly));
        Assert.Equal(Attainment.BroadlyAttained, broadly);
        Assert.True(AttainmentMarks.TryParse("〇", out var circle));
        Assert.Equal(Attainment.Attained, circle);
        Assert.True(AttainmentMarks.TryParse("×", out var cross));
        Assert.Equal(Attainment.NotAttained, cross);
        Assert.False(AttainmentMarks.TryParse("達", out _));
    }

    [Fact]
    public void The_planned_rate_is_the_planned_volumes_ratio_rounded_like_the_target()
    {
        // seed 000 L390-L396: 180,224 / 274,731 = 65.6 %
        Assert.Equal(65.6m, PlannedRate.Percent(180_224m, 274_731m, PlannedRate.DecimalsOf("65.6")));
        // seed 000 L438-L442: 458 / 1,906 = 24.0 %
        Assert.Equal(24.0m, PlannedRate.Percent(458m, 1_906m, 1));
        Assert.Null(PlannedRate.Percent(null, 274_731m, 1));
    }
}
