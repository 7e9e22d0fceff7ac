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
        Description = "A KPI definition (重要業績評価指標) with its method versions. KPIの定義。";
        Interface<NodeInterface>();
        this.Id(x => x.Code);
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable code, e.g. K-CHECKUP-INSURED; seafarers' KPIs are K-SF-…. コード。").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<SchemeType>>("scheme").Description("Health or seafarers' insurance. 制度。").Resolve(c => c.Source.Scheme);
        Field<NonNullGraphType<StringGraphType>>("nameJa").Description("Name as printed, e.g. 生活習慣病予防健診実施率. 名称。").Resolve(c => c.Source.NameJa);
        Field<NonNullGraphType<StringGraphType>>("nameEn").Description("English name. 名称（英語）。").Resolve(c => c.Source.NameEn);
        Field<StringGraphType>("unit").Description("Unit as printed (％, 円, 事業所); null for qualitative KPIs. 単位。").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<BetterDirectionType>>("betterDirection").Description("Which way the KPI improves. 改善の方向。").Resolve(c => c.Source.BetterDirection);
        Field<StringGraphType>("numeratorJa").Description("Numerator as printed, where printed. 分子。").Resolve(c => c.Source.NumeratorJa);
        Field<StringGraphType>("denominatorJa").Description("Denominator as printed, where printed. 分母。").Resolve(c => c.Source.DenominatorJa);
        Field<StringGraphType>("scopeNoteEn").Description("Scope, exclusions and aliases. 範囲の注記。").Resolve(c => c.Source.ScopeNoteEn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiMethodVersionType>>>>("methodVersions")
            .Description("Printed definition changes, oldest first. 定義の変遷。")
            .Resolve(c => c.LoadGroup<KpiMethodVersion, string, int>("kpiMethodVersions", c.Source.Code, x => x.KpiCode, x => x.Version));
        Field<NonNullGraphType<SourceType>>("source").Description("A defining statement. 出典。").Resolve(c => c.Source);
    }
}
