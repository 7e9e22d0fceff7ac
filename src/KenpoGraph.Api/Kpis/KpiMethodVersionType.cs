using GraphQL.Types;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Kpis;

internal sealed class KpiMethodVersionType : ObjectGraphType<KpiMethodVersion>
{
    public KpiMethodVersionType()
    {
        Name = "KpiMethodVersion";
        this.Says("One printed definition of a KPI and the years it applies to.", "KPI定義の版。");
        Field(x => x.Version).Says("1 for the earliest.", "版。");
        Field(x => x.ValidFrom, nullable: true).Says("First fiscal year; null where not printed.", "適用開始年度。");
        Field(x => x.ValidTo, nullable: true).Says("Last fiscal year; null while current.", "適用終了年度。");
        Field(x => x.DefinitionJa, nullable: true).Says("Definition as printed.", "定義。");
        Field(x => x.DefinitionEn).Says("English definition.", "定義（英語）。");
        Field<NonNullGraphType<SourceType>>("source").Says("Where the definition is printed.", "出典。").Resolve(c => c.Source);
    }
}
