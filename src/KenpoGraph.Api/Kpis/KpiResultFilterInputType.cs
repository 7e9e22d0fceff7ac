using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Sorting;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Domain.Kpis;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Kpis;

internal sealed class KpiResultFilterInputType : FilterInputType<KpiResultFilterInputType, KpiResult>
{
    public KpiResultFilterInputType() : base("KpiResultFilterInput", "Conditions on KPI results (HotChocolate filtering conventions). KPI実績の絞り込み条件。")
    {
        Text("code", x => x.Code, "Result code.");
        Text("orgUnit", x => x.OrgUnitCode, "Org unit code (00 = national).");
        Integer("fiscalYear", x => x.FiscalYear, "The year the value belongs to.");
        Integer("dataFiscalYear", x => x.DataFiscalYear, "The year of the underlying data.");
        Text("kpi", x => x.KpiCode, "KPI code, e.g. K-POSTAL-RATE.");
        Text("plan", x => x.PlanDocumentCode, "Plan document code.");
        Text("document", x => x.DocumentCode, "Source document code, e.g. seed-004.");
        Enumeration<KpiResultScopeType, KpiResultScope>("scope", x => x.Scope, "Whose result.");
        Enumeration<KpiPeriodBasisType, KpiPeriodBasis>("periodBasis", x => x.PeriodBasis, "What time the value describes.");
        Enumeration<AttainmentType, Attainment>("attainment", x => x.PublishedAttainment, "The printed mark (eq: null for results without one).");
        Enumeration<QualityType, Quality>("quality", x => x.Quality, "Published, derived or demonstration.");
        Boolean("uncertain", x => x.Uncertain, "The row rests on a reading of a garbled table.");
        Integer("periodFrom", x => x.PeriodFrom, "First year of a multi-year period (eq: null for results of one year).");
        Number("value", x => x.Value, "Value in the KPI's unit (eq: null for results without one).");
        Number("numerator", x => x.Numerator, "Numerator of a rate.");
        Number("denominator", x => x.Denominator, "Denominator of a rate.");
        Number("targetDifference", x => x.TargetDifference, "Difference from the target, as printed.");
    }
}

internal sealed class KpiResultSortInputType : SortInputType<KpiResult>
{
    public KpiResultSortInputType() : base("KpiResultSortInput", "Sort order for KPI results (HotChocolate sorting conventions). KPI実績の並び順。")
    {
        Sort("code", x => x.Code, "By code.");
        Sort("fiscalYear", x => x.FiscalYear, "By fiscal year.");
        Sort("orgUnit", x => x.OrgUnitCode, "By org unit.");
        Sort("kpi", x => x.KpiCode, "By KPI code.");
        Sort("value", x => x.Value, "By value (in the KPI's unit; mixed units across KPIs).");
        Sort("dataFiscalYear", x => x.DataFiscalYear, "By the year of the underlying data.");
    }
}
