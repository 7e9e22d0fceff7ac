using System.Text;
using System.Text.Json;

namespace KenpoGraph.Api.Tests.Security.SchemaWalk;

/// <summary>
/// The schema as introspection gives it, and every query the leak walk sends: for each field path from Query down to
/// <see cref="Depth"/> object levels, one query selecting every scalar leaf (with __typename and id) at each level.
/// Required arguments are filled from the data; an argument naming an org unit (or a plan, a level, an account) is
/// tried with every value of <see cref="OrgUnitCodes"/> (visible and hidden for each walking token) as aliases.
/// </summary>
internal sealed class SchemaPaths
{
    /// <summary>
    /// Object levels below Query a path reaches: Query.documents.orgUnit.incentive is depth 3. Depth 4 walks about four times
    /// the paths (some 2,900 requests, over 100 s on two cores); the guard checks every object whatever its depth, and a
    /// field added at any level is reached within three levels of Query.
    /// </summary>
    public const int Depth = 3;

    /// <summary>Visible to one walking token or the other (01; 19 and 20), hidden from the rest, and the nation.</summary>
    public static readonly string[] OrgUnitCodes = ["01", "13", "19", "20", "24", "00"];

    private static readonly string[] PlanCodes = ["seed-003/yamanashi-goal-attainment-2024", "seed-000/nagano-business-plan-2025",
        "seed-002/mie-business-plan-2025", "seed-001/health-business-plan-2024", "seed-000/kpi-table-2025"];

    public const string IntrospectionQuery = """
        { __schema { queryType { name } types { kind name possibleTypes { name }
            fields { name type { ...Ref } args { name defaultValue type { ...Ref } } } enumValues { name } } } }
        fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    private readonly Dictionary<string, JsonElement> _types;
    private readonly string _queryType;

    public SchemaPaths(JsonElement introspection)
    {
        var schema = introspection.GetProperty("__schema");
        _queryType = schema.GetProperty("queryType").GetProperty("name").GetString()!;
        _types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
    }

    /// <summary>Paths that could not be asked (a required argument the walk cannot fill), for the report.</summary>
    public List<string> Skipped { get; } = [];

    /// <summary>Every path; a path's root field takes part with every variant of its arguments.</summary>
    public IEnumerable<WalkPath> Walk() => Paths(_queryType, [], 0).Prepend([]).Select(path => new WalkPath(this, path));

    /// <summary>One path from Query, and the queries that ask it: whole, or with its last level's leaves in parts when it costs too much.</summary>
    internal sealed class WalkPath(SchemaPaths schema, List<JsonElement> fields)
    {
        public string Name { get; } = fields.Count == 0 ? "Query" : string.Join(".", fields.Select(p => p.GetProperty("name").GetString()));

        public int Depth => fields.Count;

        public int LastLeaves => fields.Count == 0 ? 1 : schema.LeavesOf(NamedType(fields[^1].GetProperty("type"))).Count();

        /// <summary>The query with part <paramref name="part"/> of <paramref name="parts"/> of the last level's leaves; upper levels then keep what names an owner.</summary>
        public string Query(int part = 0, int parts = 1)
        {
            var text = new StringBuilder("{ __typename ");
            if (fields.Count == 0)
            {
                // Query's own scalars: a field added there is walked like any other.
                return text.Append(string.Join(' ', schema.LeavesOf(schema._queryType))).Append(" }").ToString();
            }
            schema.Select(text, fields, 0, part, parts);
            return text.Append(" }").ToString();
        }
    }

    /// <summary>Leaves that say whose an object is, kept on the upper levels of a query split into parts.</summary>
    private static readonly string[] OwnerLeaves = ["id", "code", "orgUnitCode", "unitCode", "level", "branch"];

    private IEnumerable<List<JsonElement>> Paths(string typeName, List<JsonElement> prefix, int depth)
    {
        if (depth > 0)
        {
            yield return prefix;
        }
        if (depth == Depth)
        {
            yield break;
        }
        foreach (var field in Fields(typeName).Where(f => Kind(f) == "OBJECT"))
        {
            if (Variants(field, typeName) is null)
            {
                Skipped.Add($"{typeName}.{field.GetProperty("name").GetString()}");
                continue;
            }
            foreach (var path in Paths(NamedType(field.GetProperty("type")), [.. prefix, field], depth + 1))
            {
                yield return path;
            }
        }
    }

    private void Select(StringBuilder text, List<JsonElement> path, int index, int part, int parts)
    {
        var field = path[index];
        var parent = index == 0 ? _queryType : NamedType(path[index - 1].GetProperty("type"));
        var name = field.GetProperty("name").GetString()!;
        var variants = Variants(field, parent)!;
        var leaves = LeavesOf(NamedType(field.GetProperty("type"))).ToArray();
        var last = index + 1 == path.Count;
        var selected = parts == 1 ? leaves
            : last ? leaves.Where((_, i) => i % parts == part).ToArray()
            : leaves.Where(OwnerLeaves.Contains).ToArray();
        for (var v = 0; v < variants.Count; v++)
        {
            text.Append(variants.Count > 1 ? $"v{v}: " : "").Append($"{name}{variants[v]} {{ __typename ");
            foreach (var leaf in selected)
            {
                text.Append(leaf).Append(' ');
            }
            if (!last)
            {
                Select(text, path, index + 1, part, parts);
            }
            // The object's owner, where it has one a level down, so that what it shows is attributed at any depth.
            foreach (var owner in Fields(NamedType(field.GetProperty("type")))
                .Where(f => f.GetProperty("name").GetString() is "orgUnit" or "branch" && NamedType(f.GetProperty("type")) == "OrgUnit")
                .Where(f => last || path[index + 1].GetProperty("name").GetString() != f.GetProperty("name").GetString()))
            {
                text.Append(owner.GetProperty("name").GetString()).Append(" { __typename code } ");
            }
            text.Append("} ");
        }
    }

    /// <summary>The argument lists to try ("" for none), or null when a required argument cannot be filled.</summary>
    private List<string>? Variants(JsonElement field, string parentType)
    {
        var name = field.GetProperty("name").GetString()!;
        var lists = new List<List<string>> { new() { "" } };
        foreach (var arg in field.GetProperty("args").EnumerateArray())
        {
            var argName = arg.GetProperty("name").GetString()!;
            var type = arg.GetProperty("type");
            var required = type.GetProperty("kind").GetString() == "NON_NULL" && arg.GetProperty("defaultValue").ValueKind == JsonValueKind.Null;
            var values = ValuesOf(name, argName, type, required);
            if (values is null)
            {
                if (required)
                {
                    return null;
                }
                continue;
            }
            lists.Add([.. values.Select(v => $"{argName}: {v}")]);
        }
        // Cartesian product of the argument values, joined into "(a: 1, b: 2)".
        IEnumerable<List<string>> product = [[]];
        foreach (var values in lists.Skip(1))
        {
            product = product.SelectMany(p => values.Select(v => (List<string>)[.. p, v]));
        }
        return [.. product.Select(p => p.Count == 0 ? "" : $"({string.Join(", ", p)})")];
    }

    private string[]? ValuesOf(string field, string arg, JsonElement type, bool required)
    {
        var named = NamedType(type);
        var isList = Unwrap(type).GetProperty("kind").GetString() == "LIST";
        static string Quoted(string s) => JsonSerializer.Serialize(s);
        switch (arg)
        {
            case "first":
                return ["5"];
            // One or two years of each branch's rows keep every list within the cost limit; the leak is the same in every year.
            case "fromYear":
                return [field == "series" ? "2023" : "2024"];
            case "toYear":
                return ["2024"];
            case "resultsYear":
                return ["2023"];
            case "fiscalYears":
                return ["[2023, 2024, 2025]"];
            case "fiscalYear" when named == "Int":
                return [field == "budget" ? "2025" : "2024"];
            case "orgUnits":
                return [$"[{string.Join(", ", OrgUnitCodes.Select(Quoted))}]"];
            case "orgUnit" or "branch" when named == "String":
                return [.. OrgUnitCodes.Select(Quoted)];
            case "code" when field == "branch":
                return [.. OrgUnitCodes.Select(Quoted)];
            case "code" when field == "kpi":
            case "kpi":
                return [Quoted("K-CHECKUP-INSURED")];
            case "id" when field == "plan":
                return [.. PlanCodes.Select(Quoted)];
            case "measures":
                return [$"[{Quoted("membership.insured")}, {Quoted("checkup.lifestyle.rate")}]"];
            case "measure":
                return [Quoted("membership.insured")];
            // aggregate: groups of one branch each (branch-owned) and groups across branches (disclosure control's).
            case "groupBy":
                return ["[ORG_UNIT, FISCAL_YEAR]", "[REGION]"];
        }
        if (!required)
        {
            return null;
        }
        if (_types.TryGetValue(named, out var t) && t.GetProperty("kind").GetString() == "ENUM" && !isList)
        {
            return [.. t.GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString()!)];
        }
        return null;
    }

    private IEnumerable<JsonElement> Fields(string typeName) =>
        _types.TryGetValue(typeName, out var type) && type.GetProperty("fields").ValueKind == JsonValueKind.Array
            ? type.GetProperty("fields").EnumerateArray().Where(f => !f.GetProperty("name").GetString()!.StartsWith("__", StringComparison.Ordinal))
            : [];

    private string Kind(JsonElement field) => _types[NamedType(field.GetProperty("type"))].GetProperty("kind").GetString()!;

    public IEnumerable<string> LeavesOf(string typeName) => Fields(typeName).Where(f => Kind(f) is "SCALAR" or "ENUM" && Variants(f, typeName) is [""])
        .Select(f => f.GetProperty("name").GetString()!);

    public IEnumerable<string> PossibleTypes(string abstractType) =>
        _types[abstractType].GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()!);

    private static JsonElement Unwrap(JsonElement type) => type.GetProperty("kind").GetString() == "NON_NULL" ? type.GetProperty("ofType") : type;

    private static string NamedType(JsonElement type)
    {
        while (type.GetProperty("name").ValueKind == JsonValueKind.Null)
        {
            type = type.GetProperty("ofType");
        }
        return type.GetProperty("name").GetString()!;
    }
}
