using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KenpoGraph.Api.Tests.Security.SchemaWalk;

/// <summary>
/// What answers show, attributed to the org unit they belong to: an object is an org unit's when it is an OrgUnit, names
/// its org unit (orgUnitCode, branch, a BRANCH or NATIONAL roll-up's unitCode, an orgUnit or branch object), or lies
/// inside such an object. Built from an unrestricted token's answers, it gives the forbidden values of a restricted
/// caller: figures, texts and node ids shown only on hidden branches' objects.
/// </summary>
/// <remarks>
/// Values of objects no org unit owns (region and national aggregates, definitions) are never forbidden: whether an
/// aggregate may be disclosed is the disclosure rule's question (the differencing test). To check aggregates too, record
/// them under their contributors here: <see cref="OwnerOf"/> is the extension point.
/// </remarks>
internal sealed class OwnedValues
{
    private readonly Dictionary<string, HashSet<string?>> _owners = new(StringComparer.Ordinal);

    /// <summary>Every node id the answers showed, to ask node(id:) and nodes(ids:) for each.</summary>
    public HashSet<string> NodeIds { get; } = new(StringComparer.Ordinal);

    public void Add(JsonElement answer) => Walk(answer, owner: null, root: true);

    /// <summary>Values shown on objects of a branch outside <paramref name="visible"/> and nowhere else.</summary>
    public HashSet<string> ForbiddenFor(IReadOnlyCollection<string> visible) =>
        [.. _owners.Where(v => v.Value.All(o => o is not null && o != "00" && !visible.Contains(o))).Select(v => v.Key)];

    private void Walk(JsonElement element, string? owner, bool root)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, owner, root);
                }
                break;
            case JsonValueKind.Object:
                var own = root ? null : OwnerOf(element) ?? owner;
                foreach (var member in element.EnumerateObject())
                {
                    if (member.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && !IsScalarList(member.Value))
                    {
                        Walk(member.Value, own, root: false);
                    }
                    else if (!root)
                    {
                        foreach (var value in Values(member.Name, member.Value))
                        {
                            Record(value, own);
                        }
                    }
                    // The root's own scalars (a field on Query) are attributed to no one and allow nothing: a figure there is checked, not excused.
                }
                break;
        }
    }

    private static bool IsScalarList(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => i.ValueKind is not JsonValueKind.Object and not JsonValueKind.Array);

    private void Record(string value, string? owner)
    {
        if (!_owners.TryGetValue(value, out var owners))
        {
            _owners[value] = owners = [];
        }
        owners.Add(owner);
        if (value.StartsWith("id:", StringComparison.Ordinal))
        {
            NodeIds.Add(value[3..]);
        }
    }

    /// <summary>The org unit an object names as its own, or null when it names none (it then belongs to its parent's).</summary>
    internal static string? OwnerOf(JsonElement o)
    {
        string? Text(string name) => o.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        if (Text("__typename") == "OrgUnit" && Text("code") is { } code)
        {
            return code;
        }
        if ((Text("orgUnitCode") ?? Text("branch")) is { } named)
        {
            return named;
        }
        if (Text("__typename") == "Rollup" && Text("level") is "BRANCH" or "NATIONAL")
        {
            return Text("unitCode");
        }
        foreach (var child in new[] { "orgUnit", "branch" })
        {
            if (o.TryGetProperty(child, out var c) && c.ValueKind == JsonValueKind.Object && c.TryGetProperty("code", out var cc))
            {
                return cc.GetString();
            }
        }
        return null;
    }

    /// <summary>
    /// The distinctive values of one leaf: figures of four or more significant digits or with decimals (a year, a rank
    /// or a count of a few is not a branch's figure), texts of eight or more characters that are not codes, node ids.
    /// </summary>
    internal static IEnumerable<string> Values(string property, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                return value.EnumerateArray().SelectMany(v => Values(property, v));
            case JsonValueKind.Number when Figure(value.GetDecimal()) is { } figure:
                return [figure];
            // Decimal figures travel as strings ("2923915", the exact-decimal scalar).
            case JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var number):
                return Figure(number) is { } figureText ? [figureText] : [];
            case JsonValueKind.String when property == "id":
                return [$"id:{value.GetString()}"];
            case JsonValueKind.String when value.GetString() is { Length: >= 8 } text && !IsCode(text):
                return [$"text:{text}"];
            default:
                return [];
        }
    }

    internal static string? Figure(decimal value)
    {
        var text = (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        var digits = text.Count(char.IsDigit) - (text.StartsWith("0.", StringComparison.Ordinal) ? 1 : 0);
        return Math.Abs(value) >= 10_000 || (value != decimal.Truncate(value) && digits >= 3) ? $"number:{text}" : null;
    }

    // Enum values, dates, measure and line codes: shared by every branch, never one branch's text.
    private static bool IsCode(string text) => text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '_' or '-' or '.' or ':' or '/')
        || text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '-' or '.');

    public static string Decode(string id)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(id));
        }
        catch (FormatException)
        {
            return id;
        }
    }
}
