using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace KenpoGraph.Api.Tests.Security.SchemaWalk;

/// <summary>
/// Walks the whole schema (<see cref="SchemaPaths"/>) with an unrestricted token to learn what each branch's objects
/// show (<see cref="OwnedValues"/>) and every node id, then asks the same queries, node(id:) for every id and
/// nodes(ids:) for all of them with restricted tokens, and reports every place an answer shows a hidden branch: its
/// code in an org-unit-code position, its names, its node ids (decoded: OrgUnit, Plan, PlanNode …), its plans' codes,
/// or a figure or text shown only on its objects.
/// </summary>
internal sealed class LeakWalker(SecuredApi api)
{
    /// <summary>Refusals that say the walk asked badly (too costly, invalid) or the server broke; access refusals and data reasons are answers.</summary>
    private static readonly string[] WalkFailures = ["GRAPHQL_VALIDATION_FAILED", "MAX_COST_EXCEEDED", "MAX_DEPTH_EXCEEDED", "MAX_FIELDS_EXCEEDED",
        "MAX_ALIASES_EXCEEDED", "RESPONSE_TOO_LARGE", "INTERNAL_SERVER_ERROR", "EXECUTION_TIMEOUT", "RATE_LIMITED", "BAD_REQUEST"];

    public List<string> Failures { get; } = [];

    private int _sent;

    public int QueriesSent => _sent;

    /// <summary>Fields the walk could not ask (a required argument it cannot fill).</summary>
    public List<string> Skipped { get; } = [];

    /// <summary>Paths over Limits:MaxCost (or MaxFields) even with one leaf of their last level at a time (listed, not asked: the limit refuses any client the same).</summary>
    public List<string> OverCostLimit { get; } = [];

    /// <summary>The reference walk (unrestricted, the slow one: every branch's rows) stops a level short: each branch's objects show by then.</summary>
    private const int ReferenceDepth = SchemaPaths.Depth - 1;

    /// <param name="depth">How deep to walk (at most <see cref="SchemaPaths.Depth"/>): a shorter walk shows a known route quickly.</param>
    public async Task<List<string>> LeaksAsync(IReadOnlyDictionary<string, string[]> restrictedTokens, int depth = SchemaPaths.Depth)
    {
        var introspection = await api.SendAsync(SchemaPaths.IntrospectionQuery, api.Token());
        var paths = new SchemaPaths(introspection.AssertAnswered());
        var walk = paths.Walk().Where(p => p.Depth <= depth).ToArray();
        Skipped.AddRange(paths.Skipped);
        var reference = new OwnedValues();
        // Region names are public, and 北海道 is a region as well as a branch.
        var regions = (await api.SendAsync("{ regions { nameJa nameEn } }", api.Token())).AssertAnswered().GetProperty("regions").EnumerateArray();
        IReadOnlySet<string> publicNames = regions.SelectMany(r => new[] { r.GetProperty("nameJa").GetString()!, r.GetProperty("nameEn").GetString()! }).ToHashSet();
        var unrestricted = api.Token(client: "walker-everything");
        await InParallel(paths.Walk().Where(p => p.Depth <= ReferenceDepth), async path =>
        {
            foreach (var reply in await AskAsync(path, unrestricted))
            {
                if (reply.Json.TryGetProperty("data", out var data))
                {
                    lock (reference)
                    {
                        reference.Add(data);
                    }
                }
            }
        });
        var nodeQueries = NodeQueries(paths, reference.NodeIds).ToArray();
        foreach (var (name, query) in nodeQueries)
        {
            var reply = await SendAsync(name, query, unrestricted);
            if (reply.Json.TryGetProperty("data", out var data))
            {
                reference.Add(data);
            }
        }
        var leaks = new List<string>();
        foreach (var (token, visible) in restrictedTokens)
        {
            var forbidden = reference.ForbiddenFor(visible);
            void Check(string name, Reply reply)
            {
                var found = LeaksIn(reply.Body, visible, forbidden, publicNames).Select(leak => $"[{string.Join(' ', visible)}] {name}: {leak}").ToArray();
                lock (leaks)
                {
                    leaks.AddRange(found);
                }
            }
            await InParallel(walk, async path =>
            {
                foreach (var reply in await AskAsync(path, token))
                {
                    Check(path.Name, reply);
                }
            });
            foreach (var (name, query) in nodeQueries)
            {
                Check(name, await SendAsync(name, query, token));
            }
        }
        return leaks;
    }

    /// <summary>Three requests at a time: the in-memory server answers them side by side, the walk takes a third of the time.</summary>
    private static Task InParallel<T>(IEnumerable<T> items, Func<T, Task> ask) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (item, _) => await ask(item));

    /// <summary>The path's answers: one, or several when the whole costs more than the limit and its last level is asked in parts.</summary>
    private async Task<List<Reply>> AskAsync(SchemaPaths.WalkPath path, string token)
    {
        var whole = await SendAsync(path.Name, path.Query(), token, costRefusalIsFailure: false);
        if (CostOf(whole) is not { } cost)
        {
            return [whole];
        }
        var parts = Math.Min(path.LastLeaves, (int)Math.Ceiling(2.0 * cost.Actual / cost.Limit));
        var replies = new List<Reply>();
        for (var part = 0; part < parts; part++)
        {
            var reply = await SendAsync(path.Name, path.Query(part, parts), token, costRefusalIsFailure: false);
            if (CostOf(reply) is not null)
            {
                lock (OverCostLimit)
                {
                    OverCostLimit.Add(path.Name);
                }
                return replies;
            }
            replies.Add(reply);
        }
        return replies;
    }

    private static (long Actual, long Limit)? CostOf(Reply reply) =>
        reply.Status == HttpStatusCode.BadRequest && reply.ErrorCodes is ["MAX_COST_EXCEEDED"] or ["MAX_FIELDS_EXCEEDED"]
            && reply.Json.GetProperty("errors")[0].GetProperty("extensions") is var e
            ? (e.GetProperty("actual").GetInt64(), e.GetProperty("limit").GetInt64())
            : null;

    private async Task<Reply> SendAsync(string name, string query, string token, bool costRefusalIsFailure = true)
    {
        var reply = await api.SendAsync(query, token);
        Interlocked.Increment(ref _sent);
        if (!costRefusalIsFailure && CostOf(reply) is not null)
        {
            return reply;
        }
        var failed = reply.Status != HttpStatusCode.OK ? [$"HTTP {(int)reply.Status}"] : reply.ErrorCodes.Where(WalkFailures.Contains).ToArray();
        if (failed.Length > 0)
        {
            lock (Failures)
            {
                Failures.Add($"{name}: {string.Join(", ", failed.Distinct())}: {reply.Body[..Math.Min(300, reply.Body.Length)]}");
            }
        }
        return reply;
    }

    /// <summary>node(id:) for every id, as aliases, and nodes(ids:) for them in batches of the largest size allowed.</summary>
    private static IEnumerable<(string Path, string Query)> NodeQueries(SchemaPaths paths, IEnumerable<string> ids)
    {
        // One type's leaves per field: the Node types share field names of different types (Kpi.unit String, Measure.unit String!).
        string Shown(string type) => $"{{ __typename ... on {type} {{ {string.Join(' ', paths.LeavesOf(type))} }} }}";
        var typed = ids.Select(id => (Id: id, Type: OwnedValues.Decode(id).Split(':')[0])).Where(i => paths.PossibleTypes("Node").Contains(i.Type));
        foreach (var batch in typed.OrderBy(i => i.Id, StringComparer.Ordinal).Chunk(12))
        {
            var query = new StringBuilder("{\n");
            for (var i = 0; i < batch.Length; i++)
            {
                query.Append($"n{i}: node(id: {JsonSerializer.Serialize(batch[i].Id)}) {Shown(batch[i].Type)}\n");
            }
            foreach (var group in batch.GroupBy(i => i.Type))
            {
                query.Append($"many{group.Key}: nodes(ids: [{string.Join(", ", group.Select(i => JsonSerializer.Serialize(i.Id)))}]) {Shown(group.Key)}\n");
            }
            yield return ($"node(id:) and nodes(ids:) for {OwnedValues.Decode(batch[0].Id)}…", query.Append('}').ToString());
        }
    }

    private static IEnumerable<string> LeaksIn(string body, IReadOnlyCollection<string> visible, HashSet<string> forbidden, IReadOnlySet<string> publicNames)
    {
        var found = OutsideRights.LeaksIn(body, visible, publicNames);
        var root = JsonDocument.Parse(body).RootElement;
        if (root.TryGetProperty("data", out var data))
        {
            Collect(data, null, null, found, visible, forbidden);
        }
        return found.Distinct();
    }

    /// <summary>
    /// Forbidden values and node ids anywhere except on objects the answer itself attributes to a visible org unit: a
    /// visible target may print the same 24.9 as a hidden one, and a hidden object that names its owner is caught by its code.
    /// </summary>
    private static void Collect(JsonElement element, string? property, string? owner, List<string> found, IReadOnlyCollection<string> visible,
        HashSet<string> forbidden)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var own = OwnedValues.OwnerOf(element) ?? owner;
                foreach (var member in element.EnumerateObject())
                {
                    Collect(member.Value, member.Name, own, found, visible, forbidden);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, property, owner, found, visible, forbidden);
                }
                break;
            default:
                if (owner is null || !(owner == "00" || visible.Contains(owner)))
                {
                    foreach (var value in OwnedValues.Values(property ?? "", element).Where(forbidden.Contains))
                    {
                        found.Add(value.StartsWith("id:", StringComparison.Ordinal) ? $"node id {OwnedValues.Decode(value[3..])}" : $"{property} = {value}");
                    }
                }
                if (property == "id" && element.ValueKind == JsonValueKind.String && OwnedValues.Decode(element.GetString()!) is var decoded
                    && decoded.StartsWith("OrgUnit:", StringComparison.Ordinal) && decoded[8..] is var unit && unit != "00" && !visible.Contains(unit))
                {
                    found.Add($"node id {decoded}");
                }
                break;
        }
    }

    public static Stopwatch Time() => Stopwatch.StartNew();
}
