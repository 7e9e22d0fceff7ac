using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Limits;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KenpoGraph.Api.Schema;

internal static class NodeQueries
{
    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Says("Fetches any object by its global id.", "IDでオブジェクトを取得。")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id from an object's id field.")
            .ResolveAsync(async context => await ResolveAsync(context, context.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Fetches several objects by their global ids, in the order given; null where an id resolves to nothing. At most Limits:MaxNodeBatchSize ids (50 by default, as HotChocolate).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids.")
            .ResolveAsync(async context => await ResolveManyAsync(context, context.GetArgument<string[]>("ids")));
    }

    /// <summary>
    /// The ids' objects in the order given, one statement per type asked for: 12,000 ids were one SELECT each (about 2 s a
    /// request) and had no cap (issue 16).
    /// </summary>
    private static async Task<object?[]> ResolveManyAsync(IResolveFieldContext context, string[] ids)
    {
        var most = context.RequestServices!.GetRequiredService<IOptions<LimitOptions>>().Value.MaxNodeBatchSize;
        if (ids.Length > most)
        {
            throw new KenpoError(ErrorCodes.InvalidArgument,
                $"The maximum number of nodes that can be fetched at once is {most}; this selection asks for {ids.Length} (Limits:MaxNodeBatchSize).",
                new Dictionary<string, object?> { ["limit"] = most, ["actual"] = ids.Length });
        }
        var parsed = ids.Select(Parse).ToArray();
        var db = RequestData.RequestWarehouseAccess.Warehouse(context).Db;
        var found = new Dictionary<(string Type, string Key), object>();
        foreach (var group in parsed.GroupBy(p => p.Type))
        {
            var keys = group.Select(p => p.Key).Distinct(StringComparer.Ordinal).ToArray();
            var cancel = context.CancellationToken;
            IEnumerable<(string Key, object Row)> rows = group.Key switch
            {
                "OrgUnit" => (await db.OrgUnits.Where(EntityLoader.WithKeyIn(keys, (OrgUnit x) => x.Code)).ToListAsync(cancel)).Select(x => (x.Code, (object)x)),
                "Region" => (await db.Regions.Where(EntityLoader.WithKeyIn(keys, (Region x) => x.Code)).ToListAsync(cancel)).Select(x => (x.Code, (object)x)),
                "FiscalYear" => (await db.FiscalYears.Where(EntityLoader.WithKeyIn(keys.Select(Year).OfType<int>(), (FiscalYearRow x) => x.Year)).ToListAsync(cancel))
                    .SelectMany(x => keys.Where(k => Year(k) == x.Year).Select(k => (k, (object)x))),
                "SourceDocument" => (await db.Documents.Where(EntityLoader.WithKeyIn(keys, (SourceDocument x) => x.Code)).ToListAsync(cancel)).Select(x => (x.Code, (object)x)),
                "Measure" => (await db.Measures.Where(EntityLoader.WithKeyIn(keys, (Measure x) => x.Code)).ToListAsync(cancel)).Select(x => (x.Code, (object)x)),
                "Plan" => (await db.PlanDocuments.Where(EntityLoader.WithKeyIn(keys, (PlanDocument x) => x.Code)).ToListAsync(cancel)).Select(x => (x.Code, (object)x)),
                "PlanNode" => (await db.PlanNodes.Where(EntityLoader.WithKeyIn(keys, (PlanNode x) => x.Code)).ToListAsync(cancel)).Select(x => (x.Code, (object)x)),
                "Kpi" => (await db.Kpis.Where(EntityLoader.WithKeyIn(keys, (Kpi x) => x.Code)).ToListAsync(cancel)).Select(x => (x.Code, (object)x)),
                "KpiTarget" => (await db.KpiTargets.Where(EntityLoader.WithKeyIn(keys, (KpiTarget x) => x.Code)).ToListAsync(cancel)).Select(x => (x.Code, (object)x)),
                "KpiResult" => (await db.KpiResults.Where(EntityLoader.WithKeyIn(keys, (KpiResult x) => x.Code)).ToListAsync(cancel)).Select(x => (x.Code, (object)x)),
                _ when Facts.FactNodes.Types.Contains(group.Key) => await Facts.FactNodes.FindAsync(db, group.Key, keys, cancel),
                _ => [],
            };
            foreach (var (key, row) in rows)
            {
                found[(group.Key, key)] = row;
            }
        }
        return [.. parsed.Select(p => found.GetValueOrDefault(p))];
    }

    // A FiscalYear id's key as node(id:) reads it: an integer, or nothing.
    private static int? Year(string key) => int.TryParse(key, out var year) ? year : null;

    private static (string Type, string Key) Parse(string id) => NodeId.TryParse(id, out var typeName, out var key)
        ? (typeName, key)
        : throw new KenpoError(ErrorCodes.InvalidArgument, $"'{id}' is not a KenpoGraph id.");

    private static async Task<object?> ResolveAsync(IResolveFieldContext context, string id)
    {
        if (!NodeId.TryParse(id, out var typeName, out var key))
        {
            throw new KenpoError(ErrorCodes.InvalidArgument, $"'{id}' is not a KenpoGraph id.");
        }
        var db = RequestData.RequestWarehouseAccess.Warehouse(context).Db;
        if (Facts.FactNodes.Types.Contains(typeName))
        {
            return (await Facts.FactNodes.FindAsync(db, typeName, [key], context.CancellationToken)).Select(x => x.Row).FirstOrDefault();
        }
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
            "KpiTarget" => db.KpiTargets.FirstOrDefault(x => x.Code == key),
            "KpiResult" => db.KpiResults.FirstOrDefault(x => x.Code == key),
            _ => null,
        };
    }
}
