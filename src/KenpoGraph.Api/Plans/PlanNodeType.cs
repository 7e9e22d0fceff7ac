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
        Description = "A node of a plan tree (area → group → measure → sub-measure → action) with its printed label, text and flags. 計画の施策項目。";
        Interface<NodeInterface>();
        this.Id(x => x.Code);
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable code fy-org-doc-path, e.g. 2025-20-BP-2.2.2. コード。").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<PlanNodeLevelType>>("level").Description("Area, group, measure … 階層。").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<IntGraphType>>("depth").Description("1 for a root. 深さ。").Resolve(c => c.Source.Depth);
        Field<NonNullGraphType<IntGraphType>>("sortOrder").Description("Position among its siblings, as printed. 並び順。").Resolve(c => c.Source.SortOrder);
        Field<StringGraphType>("ordinalLabel").Description("The label exactly as printed: １．, （１）, ○, ②, ⅰ）. 番号。").Resolve(c => c.Source.OrdinalLabel);
        Field<NonNullGraphType<StringGraphType>>("titleJa").Description("Title as printed. 表題。").Resolve(c => c.Source.TitleJa);
        Field<NonNullGraphType<StringGraphType>>("titleEn").Description("English title. 表題（英語）。").Resolve(c => c.Source.TitleEn);
        Field<StringGraphType>("bodyJa").Description("Text printed under the node (bullets, ■ KPI lines), one printed line per line. 本文。").Resolve(c => c.Source.BodyJa);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanNodeFlagMarkType>>>>("flags")
            .Description("Printed marks: 【重要度：高】 and 【困難度：高】 with their reasons, （新規）, （拡充）. 区分表示。")
            .Resolve(c => PlanNodeFlagMark.Of(c.Source));
        Field<PlanNodeType>("parent").Description("The node above; null for a root. 親項目。")
            .Resolve(c => c.Source.ParentCode is null ? null : c.LoadByKey<PlanNode, string>(c.Source.ParentCode, x => x.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanNodeType>>>>("children").Description("The nodes below, in printed order. 子項目。")
            .Resolve(c => c.LoadGroup<PlanNode, string, int>("planNodeChildren", c.Source.Code, x => x.ParentCode!, x => x.TreeOrder));
        Field<NonNullGraphType<PlanType>>("plan").Description("The plan document. 計画文書。")
            .Resolve(c => c.LoadByKey<PlanDocument, string>(c.Source.PlanDocumentCode, x => x.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiTargetType>>>>("kpiTargets").Description("KPI targets printed under this node. この施策のKPI目標。")
            .Resolve(c => c.LoadGroup<KpiTarget, string, string>("kpiTargetsOfNode", c.Source.Code, x => x.PlanNodeCode!, x => x.Code));
        Field<NonNullGraphType<StringGraphType>>("headingLocator").Description("Line(s) of the heading itself. 見出しの行。").Resolve(c => c.Source.HeadingLocator);
        Field<NonNullGraphType<SourceType>>("source").Description("Where the node is printed (heading, body and reasons). 出典。").Resolve(c => c.Source);
    }
}
