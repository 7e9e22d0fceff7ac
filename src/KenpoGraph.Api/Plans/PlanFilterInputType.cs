using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.Sorting;
using KenpoGraph.Domain.Plans;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Plans;

internal sealed class PlanFilterInputType : FilterInputType<PlanFilterInputType, PlanDocument>
{
    public PlanFilterInputType() : base("PlanFilterInput", "Conditions on plan documents (HotChocolate filtering conventions). 計画文書の絞り込み条件。")
    {
        Text("code", x => x.Code, "Plan document code.");
        Enumeration<PlanDocumentKindType, PlanDocumentKind>("kind", x => x.Kind, "Kind of document.");
        Enumeration<SchemeType, Scheme>("scheme", x => x.Scheme, "Insurance scheme.");
        Text("orgUnit", x => x.OrgUnitCode, "Org unit code (00 = the association, 01–47 = branches).");
        Integer("fiscalYear", x => x.FiscalYear, "Fiscal year (starting western year).");
        Text("titleJa", x => x.TitleJa, "Japanese title (eq: null for documents without one).", nullable: true);
        Text("titleEn", x => x.TitleEn, "English title.");
        Text("document", x => x.DocumentCode, "Source document code, e.g. seed-000.");
        List<Kpis.KpiTargetFilterInputType, KpiTarget>("kpiTargets", db => x => db.KpiTargets.Where(t => t.PlanDocumentCode == x.Code),
            "The document's KPI targets: some, all or none of them match, or any (there are some).");
    }
}

internal sealed class PlanSortInputType : SortInputType<PlanDocument>
{
    public PlanSortInputType() : base("PlanSortInput", "Sort order for plan documents (HotChocolate sorting conventions). 計画文書の並び順。")
    {
        Sort("code", x => x.Code, "By code.");
        Sort("fiscalYear", x => x.FiscalYear, "By fiscal year.");
        Sort("orgUnit", x => x.OrgUnitCode, "By org unit code.");
        Sort("kind", x => x.Kind, "By kind.");
    }
}
