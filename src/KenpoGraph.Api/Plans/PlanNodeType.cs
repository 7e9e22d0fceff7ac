using GraphQL.Types;
using KenpoGraph.Api.Kpis;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Plans;

internal sealed class PlanNodeType : ObjectGraphType<PlanNode>
{
    public PlanNodeType()
    {
        Name = "PlanNode";
        this.Says("A node of a plan tree (area → group → measure → sub-measure → action) with its printed label, text and flags.", "計画の施策項目。");
        Interface<NodeInterface>();
        this.Id(x => x.Code);
        Field(x => x.Code).Says("Stable code fy-org-doc-path, e.g. 2025-20-BP-2.2.2.", "コード。");
        Field(x => x.Level, type: typeof(NonNullGraphType<PlanNodeLevelType>)).Says("Area, group, measure …", "階層。");
        Field(x => x.Depth).Says("1 for a root.", "深さ。");
        Field(x => x.SortOrder).Says("Position among its siblings, as printed.", "並び順。");
        Field(x => x.OrdinalLabel, nullable: true).Says("The label exactly as printed: １．, （１）, ○, ②, ⅰ）.", "番号。");
        Field(x => x.TitleJa).Says("Title as printed.", "表題。");
        Field(x => x.TitleEn).Says("English title.", "表題（英語）。");
        Field(x => x.BodyJa, nullable: true).Says("Text printed under the node (bullets, ■ KPI lines), one printed line per line.", "本文。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanNodeFlagMarkType>>>>("flags")
            .Says("Printed marks: 【重要度：高】 and 【困難度：高】 with their reasons, （新規）, （拡充）.", "区分表示。")
            .Resolve(c => PlanNodeFlagMark.Of(c.Source));
        Field<PlanNodeType>("parent").Says("The node above; null for a root.", "親項目。")
            .Resolve(c => c.Source.ParentCode is null ? null : c.LoadByKey<PlanNode, string>(c.Source.ParentCode, x => x.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanNodeType>>>>("children").Says("The nodes below, in printed order.", "子項目。")
            .Resolve(c => c.LoadGroup<PlanNode, string, int>("planNodeChildren", c.Source.Code, x => x.ParentCode!, x => x.TreeOrder));
        Field<NonNullGraphType<PlanType>>("plan").Says("The plan document.", "計画文書。")
            .Resolve(c => c.LoadByKey<PlanDocument, string>(c.Source.PlanDocumentCode, x => x.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiTargetType>>>>("kpiTargets").Says("KPI targets printed under this node.", "この施策のKPI目標。")
            .Resolve(c => c.LoadGroup<KpiTarget, string, string>("kpiTargetsOfNode", c.Source.Code, x => x.PlanNodeCode!, x => x.Code));
        Field(x => x.HeadingLocator).Says("Line(s) of the heading itself.", "見出しの行。");
        Field<NonNullGraphType<SourceType>>("source").Says("Where the node is printed (heading, body and reasons).", "出典。").Resolve(c => c.Source);
    }
}
