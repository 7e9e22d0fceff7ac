using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Kpis;

namespace KenpoGraph.Api.Kpis;

internal sealed class BetterDirectionType() : CodeEnumerationGraphType<BetterDirection>("Which way a KPI improves. 改善の方向。", new Dictionary<BetterDirection, string>
{
    [BetterDirection.Higher] = "Higher is better. 高いほど良い。",
    [BetterDirection.Lower] = "Lower is better. 低いほど良い。",
});

internal sealed class ComparatorType() : CodeEnumerationGraphType<Comparator>("How a result is compared with the threshold. 比較。", new Dictionary<Comparator, string>
{
    [Comparator.Gte] = "以上: at least the threshold.",
    [Comparator.Lte] = "以下: at most the threshold.",
    [Comparator.Eq] = "Equal to the threshold.",
});

internal sealed class KpiTargetRuleType() : CodeEnumerationGraphType<KpiTargetRule>("The kind of a KPI target. 目標の種類。", new Dictionary<KpiTargetRule, string>
{
    [KpiTargetRule.Absolute] = "A constant (≥ 65.6 %, ≤ 15 %, = 100 %). 絶対値。",
    [KpiTargetRule.PriorYear] = "At least (at most) the org unit's previous-year result; threshold where printed. 前年度以上。",
    [KpiTargetRule.PriorYearEnd] = "Year-end value against the previous year-end. 前年度末以上。",
    [KpiTargetRule.Average3Y] = "Against the 3-year average. 過去3年平均以上。",
    [KpiTargetRule.MaxPriorOrAverage3Y] = "Against the higher of last year and the 3-year average. 前年度又は過去3年平均の高い方以上。",
    [KpiTargetRule.Increment] = "This year's count minus last year's at least k. 増加数。",
    [KpiTargetRule.AsOfDate] = "A value at a stated date. 時点の値。",
    [KpiTargetRule.AllBranchesThreshold] = "Every branch reaches 80 % or does not fall; nationally a count of branches. 全支部基準。",
    [KpiTargetRule.Qualitative] = "A milestone or frequency. 定性目標。",
    [KpiTargetRule.NotSet] = "Printed as no KPI. KPI設定なし。",
});

internal sealed class KpiStatusType() : CodeEnumerationGraphType<KpiStatus>("A KPI's status printed beside its target. KPIの状態。", new Dictionary<KpiStatus, string>
{
    [KpiStatus.New] = "【新設】 / 新規: new.",
    [KpiStatus.Changed] = "変更あり: definition changed.",
    [KpiStatus.Ended] = "Ended during the year (※R6.11に終了).",
    [KpiStatus.NotKpi] = "A printed target that is not a KPI.",
});

internal sealed class AttainmentType() : CodeEnumerationGraphType<Attainment>("Whether a KPI target was met. 達成状況。", new Dictionary<Attainment, string>
{
    [Attainment.Attained] = "達成 / 〇.",
    [Attainment.BroadlyAttained] = "概ね達成: a narrow miss judged broadly met.",
    [Attainment.NotAttained] = "未達成 / ×.",
    [Attainment.NotAssessed] = "－: not assessed (qualitative).",
});

internal sealed class KpiResultScopeType() : CodeEnumerationGraphType<KpiResultScope>("Whose result a figure is. 対象範囲。", new Dictionary<KpiResultScope, string>
{
    [KpiResultScope.National] = "The association as a whole. 協会全体。",
    [KpiResultScope.Branch] = "One branch. 支部。",
    [KpiResultScope.HqOnly] = "The headquarters only. 本部のみ。",
    [KpiResultScope.BranchesTotal] = "All branches together, without the headquarters. 支部計。",
});

internal sealed class KpiPeriodBasisType() : CodeEnumerationGraphType<KpiPeriodBasis>("What time a KPI result describes. 期間の基準。", new Dictionary<KpiPeriodBasis, string>
{
    [KpiPeriodBasis.FiscalYear] = "The whole fiscal year. 年度。",
    [KpiPeriodBasis.FiscalYearEnd] = "At fiscal-year end. 年度末。",
    [KpiPeriodBasis.AsOfDate] = "At a date, or year to date (partial). 時点。",
    [KpiPeriodBasis.ClaimMonth] = "One claim month (診療月).",
    [KpiPeriodBasis.Average3Y] = "A printed 3-year average. 3年平均。",
    [KpiPeriodBasis.BranchCount] = "A number of branches meeting the all-branches rule. 支部数。",
});

internal sealed class ThresholdSourceType() : CodeEnumerationGraphType<ThresholdSource>("Where a KPI target's threshold comes from. 目標値の出所。", new Dictionary<ThresholdSource, string>
{
    [ThresholdSource.Printed] = "Printed in the source beside the target (PUBLISHED). 印字。",
    [ThresholdSource.ResolvedFromResults] = "Resolved at load from the org unit's own earlier results as the rule says (DERIVED). 実績から算出。",
});

internal sealed class AverageFormType() : CodeEnumerationGraphType<AverageForm>("Which 3-year average a threshold uses. 3年平均の算出方法。", new Dictionary<AverageForm, string>
{
    [AverageForm.PrintedAverage] = "The 3-year average the source prints for the window (上記3年度の平均値). 印字された平均値。",
    [AverageForm.Pooled] = "Σ numerators ÷ Σ denominators over the three years. 分子計÷分母計。",
    [AverageForm.SimpleMean] = "The arithmetic mean of the three yearly values (counts and amounts). 単純平均。",
});
