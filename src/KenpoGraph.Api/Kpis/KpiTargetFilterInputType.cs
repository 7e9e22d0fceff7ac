using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.Sorting;
using KenpoGraph.Domain.Kpis;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Kpis;

internal sealed class KpiTargetFilterInputType : FilterInputType<KpiTargetFilterInputType, KpiTarget>
{
    public KpiTargetFilterInputType() : base("KpiTargetFilterInput", "Conditions on KPI targets (HotChocolate filtering conventions). KPI目標の絞り込み条件。")
    {
        Text("code", x => x.Code, "Target code.");
        Text("orgUnit", x => x.OrgUnitCode, "Org unit code (00 = the association).");
        Integer("fiscalYear", x => x.FiscalYear, "Fiscal year.");
        Text("kpi", x => x.KpiCode, "KPI code, e.g. K-CHECKUP-INSURED.");
        Text("plan", x => x.PlanDocumentCode, "Plan document code.");
        Enumeration<KpiTargetRuleType, KpiTargetRule>("rule", x => x.Rule, "Rule type.");
        Enumeration<AttainmentType, Attainment>("publishedAttainment", x => x.PublishedAttainment, "Published attainment (eq: null for targets without one).");
        DeprecatedAlias("attainment", "publishedAttainment");
        Enumeration<AttainmentType, Attainment>("computedAttainment", x => x.ComputedAttainment, "Computed attainment.");
        Boolean("attainmentDisagrees", x => x.AttainmentDisagrees, "Published and computed attainment disagree.");
        Boolean("uncertain", x => x.Uncertain, "The row rests on a reading of a garbled table.");
        Enumeration<ThresholdSourceType, ThresholdSource>("thresholdSource", x => x.ThresholdSource, "Where the threshold comes from (eq: null for targets without one).");
        Number("threshold", x => x.Threshold, "The threshold in the KPI's unit (eq: null for targets without one).");
        Number("plannedNumerator", x => x.PlannedNumerator, "Planned numerator.");
        Number("plannedDenominator", x => x.PlannedDenominator, "Planned denominator.");
        Integer("targetBranchCount", x => x.TargetBranchCount, "Branches the target counts.");
        Boolean("resultFromAnotherDocument", x => x.ResultFromAnotherDocument, "The result comes from another document than the target.");
    }
}

internal sealed class KpiTargetSortInputType : SortInputType<KpiTarget>
{
    public KpiTargetSortInputType() : base("KpiTargetSortInput", "Sort order for KPI targets (HotChocolate sorting conventions). KPI目標の並び順。")
    {
        Sort("code", x => x.Code, "By code.");
        Sort("fiscalYear", x => x.FiscalYear, "By fiscal year.");
        Sort("orgUnit", x => x.OrgUnitCode, "By org unit.");
        Sort("kpi", x => x.KpiCode, "By KPI code.");
        Sort("threshold", x => x.Threshold, "By threshold.");
    }
}
