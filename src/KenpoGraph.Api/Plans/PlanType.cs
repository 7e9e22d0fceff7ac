using GraphQL.Types;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.FiscalYears;
using KenpoGraph.Api.Kpis;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Plans;

internal sealed class PlanType : ObjectGraphType<PlanDocument>
{
    public PlanType()
    {
        Name = "Plan";
        this.Says("A plan document inside a source document: basic policy, business plan, KPI table, budget, report … with its node tree.", "計画文書。");
        Interface<NodeInterface>();
        this.Id(x => x.Code);
        Field(x => x.Code).Says("Stable code seed-NNN/slug, e.g. seed-000/nagano-business-plan-2025.", "コード。");
        Field(x => x.Kind, type: typeof(NonNullGraphType<PlanDocumentKindType>)).Says("What the document is.", "種類。");
        Field(x => x.Scheme, type: typeof(NonNullGraphType<SchemeType>)).Says("Health or seafarers' insurance.", "制度。");
        Field<NonNullGraphType<OrgUnitType>>("orgUnit").Says("The org unit whose plan it is (00 = the association).", "組織単位。")
            .Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.OrgUnitCode, x => x.Code));
        Field<NonNullGraphType<FiscalYearType>>("fiscalYear").Says("The fiscal year planned or reported.", "年度。")
            .Resolve(c => c.LoadByKey<FiscalYearRow, int>(c.Source.FiscalYear, x => x.Year));
        Field(x => x.TitleJa, nullable: true).Says("Title as printed; null where none survives (the Mie plan).", "表題。");
        Field(x => x.SubtitleJa, nullable: true).Says("Printed subtitle or column header, e.g. 〔健康保険勘定〕.", "副題。");
        Field(x => x.TitleEn).Says("English title.", "表題（英語）。");
        Field(x => x.TitleLocator, nullable: true).Says("Line(s) where the title is printed.", "表題の行。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanNodeType>>>>("roots").Says("The top nodes of the tree, in printed order.", "最上位の項目。")
            .Resolve(c => c.LoadGroup<PlanNode, string, int>("planRootsOf", c.Source.Code, x => x.PlanDocumentCode, x => x.TreeOrder, x => x.ParentCode == null));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanNodeType>>>>("nodes")
            .Says("Every node of the tree, read top to bottom (pre-order); use depth or parent to rebuild it.", "全項目（表示順）。")
            .Resolve(c => c.LoadGroup<PlanNode, string, int>("planNodesOf", c.Source.Code, x => x.PlanDocumentCode, x => x.TreeOrder));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiTargetType>>>>("kpiTargets").Says("The KPI targets this document prints.", "KPI目標。")
            .Resolve(c => c.LoadGroup<KpiTarget, string, string>("kpiTargetsOfPlan", c.Source.Code, x => x.PlanDocumentCode, x => x.Code));
        Field<NonNullGraphType<SourceType>>("source").Says("Where the document lies in its source file.", "出典。").Resolve(c => c.Source);
    }
}
