using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Errors;

namespace KenpoGraph.Api.Schema;

internal static class NodeQueries
{
    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Says("Fetches any object by its global id.", "IDでオブジェクトを取得。")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id from an object's id field.")
            .Resolve(context => Resolve(context, context.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Fetches several objects by their global ids, in the order given; null where an id resolves to nothing.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids.")
            .Resolve(context => context.GetArgument<string[]>("ids").Select(id => Resolve(context, id)).ToArray());
    }

    private static object? Resolve(IResolveFieldContext context, string id)
    {
        if (!NodeId.TryParse(id, out var typeName, out var key))
        {
            throw new KenpoError(ErrorCodes.InvalidArgument, $"'{id}' is not a KenpoGraph id.");
        }
        var db = RequestData.RequestWarehouseAccess.Warehouse(context).Db;
        return typeName switch
        {
            "OrgUnit" => db.OrgUnits.FirstOrDefault(x => x.Code == key),
            "Region" => db.Regions.FirstOrDefault(x => x.Code == key),
            "FiscalYear" when int.TryParse(key, out var year) => db.FiscalYears.FirstOrDefault(x => x.Year == year),
            "SourceDocument" => db.Documents.FirstOrDefault(x => x.Code == key),
            "Measure" => db.Measures.FirstOrDefault(x => x.Code == key),
            "Plan" => db.PlanDocuments.FirstOrDefault(x => x.Code == key),
            "PlanNode" => db.PlanNodes.FirstOrDefault(x => x.Code == key),
            "Kpi" => db.Kpis.FirstOrDefault(x => x.Code == key),
            _ => null,
        };
    }
}
