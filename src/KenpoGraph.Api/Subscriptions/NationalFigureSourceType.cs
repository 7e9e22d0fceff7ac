using GraphQL.Types;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Diffing;

namespace KenpoGraph.Api.Subscriptions;

internal sealed class NationalFigureSourceType : EnumerationGraphType<NationalFigureSource>
{
    public NationalFigureSourceType()
    {
        Name = "NationalFigureSource";
        this.Says("Where a national figure comes from.", "全国値の出所。");
        Values.FindByValue(NationalFigureSource.Headquarters)!.Description = "本部: fact_observation of 00, as the sources print it.";
        Values.FindByValue(NationalFigureSource.NationalRollup)!.Description = "全国集計: the 47 branches rolled up by the measure's rule.";
    }
}
