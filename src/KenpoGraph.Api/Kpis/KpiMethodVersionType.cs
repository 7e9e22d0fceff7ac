using GraphQL.Types;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Kpis;

internal sealed class KpiMethodVersionType : ObjectGraphType<KpiMethodVersion>
{
    public KpiMethodVersionType()
    {
        Name = "KpiMethodVersion";
        Description = "One printed definition of a KPI and the years it applies to. KPI定義の版。";
        Field<NonNullGraphType<IntGraphType>>("version").Description("1 for the earliest. 版。").Resolve(c => c.Source.Version);
        Field<IntGraphType>("validFrom").Description("First fiscal year; null where not printed. 適用開始年度。").Resolve(c => c.Source.ValidFrom);
        Field<IntGraphType>("validTo").Description("Last fiscal year; null while current. 適用終了年度。").Resolve(c => c.Source.ValidTo);
        Field<StringGraphType>("definitionJa").Description("Definition as printed. 定義。").Resolve(c => c.Source.DefinitionJa);
        Field<NonNullGraphType<StringGraphType>>("definitionEn").Description("English definition. 定義（英語）。").Resolve(c => c.Source.DefinitionEn);
        Field<NonNullGraphType<SourceType>>("source").Description("Where the definition is printed. 出典。").Resolve(c => c.Source);
    }
}
