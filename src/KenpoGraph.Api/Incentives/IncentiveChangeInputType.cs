using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Incentives;

internal sealed class IncentiveChangeInputType : InputObjectGraphType<SimulationChange>
{
    public IncentiveChangeInputType()
    {
        Name = "IncentiveChangeInput";
        this.Says("Set one branch's indicator value for the simulation: give `value` (the new value) or `delta` (added to the recorded value).", "指標値の変更。");
        Field<NonNullGraphType<StringGraphType>>("branch").Description("Branch code 01–47.");
        Field<NonNullGraphType<IntGraphType>>("indicator").Description("Indicator number 1–5.");
        Field<ExactDecimalGraphType>("value").Description("The new value (percent).");
        Field<ExactDecimalGraphType>("delta").Description("Percentage points added to the recorded value, e.g. 5.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new SimulationChange(
        (string)value["branch"]!, (int)value["indicator"]!, value.TryGetValue("value", out var v) ? (decimal?)v : null,
        value.TryGetValue("delta", out var d) ? (decimal?)d : null);
}
