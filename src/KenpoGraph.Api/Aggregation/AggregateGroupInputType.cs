using GraphQL.Types;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Aggregation;

namespace KenpoGraph.Api.Aggregation;

internal sealed class AggregateGroupInputType : InputObjectGraphType<CustomGroup>
{
    public AggregateGroupInputType()
    {
        Name = "AggregateGroupInput";
        this.Says("One client-defined group of branches for `aggregate(groupBy: [GROUP])`, e.g. { code: \"EAST\", orgUnits: [\"01\", \"02\"] }; groups may not overlap.", "任意グループ。");
        Field<NonNullGraphType<StringGraphType>>("code").Description("The group's code, given back as groupCode.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("orgUnits").Description("Branch codes 01–47 in the group.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CustomGroup(
        (string)value["code"]!, ((IEnumerable<object?>)value["orgUnits"]!).Select(v => (string)v!).ToArray());
}
