using System.Text;
using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Errors;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Schema;

/// <summary>Global object identification (Relay): every entity has an opaque id that <c>node(id:)</c> resolves.</summary>
internal sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque id. グローバルIDを持つオブジェクト。";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id; pass it to node(id:).");
    }
}

/// <summary>Opaque ids: base64 of "Type:key", as HotChocolate clients expect ids to be opaque strings.</summary>
internal static class NodeId
{
    public static string Of(string typeName, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key}"));

    public static bool TryParse(string id, out string typeName, out string key)
    {
        typeName = key = string.Empty;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
            var colon = text.IndexOf(':');
            if (colon <= 0)
            {
                return false;
            }
            (typeName, key) = (text[..colon], text[(colon + 1)..]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static void Id<T>(this ObjectGraphType<T> type, Func<T, string> key) =>
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Opaque global id; pass it to node(id:).")
            .Resolve(context => Of(type.Name, key(context.Source)));
}

internal static class NodeQueries
{
    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches any object by its global id. IDでオブジェクトを取得。")
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
        var db = Warehouse.RequestWarehouseAccess.Warehouse(context).Db;
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
