using KenpoGraph.Api.Filtering;
using KenpoGraph.Domain.Measures;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Measures;

/// <summary>MeasureFilterInput: conditions on a measure, nested where a field leads to one (a roll-up row's measure).</summary>
internal sealed class MeasureFilterInputType : FilterInputType<MeasureFilterInputType, Measure>
{
    public MeasureFilterInputType() : base("MeasureFilterInput", "Conditions on a measure (HotChocolate filtering conventions). 指標の絞り込み条件。")
    {
        Text("code", x => x.Code, "Measure code.");
        Text("subject", x => x.Subject, "Subject, e.g. CHECKUP.");
        Text("nameJa", x => x.NameJa, "Japanese name.");
        Text("nameEn", x => x.NameEn, "English name.");
        Text("unit", x => x.Unit, "Unit.");
        Enumeration<AggregationRuleType, AggregationRule>("aggregation", x => x.Aggregation, "How the measure rolls up.");
    }
}
