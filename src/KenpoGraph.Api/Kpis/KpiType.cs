using GraphQL.Types;
using KenpoGraph.Api.Plans;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Kpis;

internal sealed class KpiType : ObjectGraphType<Kpi>
{
    public KpiType()
    {
        Name = "Kpi";
        this.Says("A KPI definition (重要業績評価指標) with its method versions.", "KPIの定義。");
        Interface<NodeInterface>();
        this.Id(x => x.Code);
        Field(x => x.Code).Says("Stable code, e.g. K-CHECKUP-INSURED; seafarers' KPIs are K-SF-….", "コード。");
        Field(x => x.Scheme, type: typeof(NonNullGraphType<SchemeType>)).Says("Health or seafarers' insurance.", "制度。");
        Field(x => x.NameJa).Says("Name as printed, e.g. 生活習慣病予防健診実施率.", "名称。");
        Field(x => x.NameEn).Says("English name.", "名称（英語）。");
        Field(x => x.Unit, nullable: true).Says("Unit as printed (％, 円, 事業所); null for qualitative KPIs.", "単位。");
        Field(x => x.BetterDirection, type: typeof(NonNullGraphType<BetterDirectionType>)).Says("Which way the KPI improves.", "改善の方向。");
        Field(x => x.NumeratorJa, nullable: true).Says("Numerator as printed, where printed.", "分子。");
        Field(x => x.DenominatorJa, nullable: true).Says("Denominator as printed, where printed.", "分母。");
        Field(x => x.ScopeNoteEn, nullable: true).Says("Scope, exclusions and aliases.", "範囲の注記。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiMethodVersionType>>>>("methodVersions")
            .Says("Printed definition changes, oldest first.", "定義の変遷。")
            .Resolve(c => c.LoadGroup<KpiMethodVersion, string, int>("kpiMethodVersions", c.Source.Code, x => x.KpiCode, x => x.Version));
        Field<NonNullGraphType<SourceType>>("source").Says("A defining statement.", "出典。").Resolve(c => c.Source);
    }
}
