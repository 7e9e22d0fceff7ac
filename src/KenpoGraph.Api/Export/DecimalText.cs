using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Export;

/// <summary>
/// The request header <c>KenpoGraph-Decimals: string</c> (docs/bi-developers.md "Numbers that survive clients"): every
/// <c>Decimal</c> of the answer is sent as a JSON string of its exact digits (<c>"58.40000124344584229920389675"</c>)
/// instead of a JSON number, which JavaScript's and pandas' JSON parsers turn into a float64 of 15–17 digits. Int fields
/// (counts: <c>totalCount</c>, <c>contributors</c>) stay JSON integers. As Hasura's stringify-numeric-types, for one
/// request rather than the whole server. The digits are the scalar's (Schema/ExactDecimalGraphType, which normalises
/// the scale once); this only changes how the JSON writes them, read from the answer with the operation's types.
/// </summary>
internal static class DecimalText
{
    public const string Header = "KenpoGraph-Decimals";

    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Whether the request asks for decimals as strings; a value other than <c>string</c> or <c>number</c> is refused.</summary>
    public static bool Requested(HttpRequest request)
    {
        var value = request.Headers[Header].ToString().Trim();
        return value.ToLowerInvariant() switch
        {
            "" or "number" => false,
            "string" => true,
            _ => throw new KenpoError(ErrorCodes.BadRequest, $"{Header} must be `string` (every Decimal as a JSON string of its digits) or `number` (the default)."),
        };
    }

    /// <summary>Writes <paramref name="answer"/> (a serialised GraphQL response) to <paramref name="output"/> with every Decimal of its data as a string.</summary>
    public static void Rewrite(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs? variables,
        ReadOnlyMemory<byte> answer, Stream output)
    {
        using var json = JsonDocument.Parse(answer);
        using var writer = new Utf8JsonWriter(output, Writing);
        var rewriter = new Rewriter(new SelectionReader(schema, document, variables));
        var root = operation.Operation == OperationType.Subscription ? schema.Subscription! : schema.Query;
        writer.WriteStartObject();
        foreach (var property in json.RootElement.EnumerateObject())
        {
            writer.WritePropertyName(property.Name);
            if (property.Name == "data" && property.Value.ValueKind == JsonValueKind.Object)
            {
                rewriter.Write(writer, property.Value, root, [operation.SelectionSet]);
            }
            else
            {
                property.Value.WriteTo(writer);
            }
        }
        writer.WriteEndObject();
    }

    private sealed class Rewriter(SelectionReader reader)
    {
        // The fields of one selection on one type, collected once however many rows hold it.
        private readonly Dictionary<(IGraphType, List<GraphQLSelectionSet?>), Dictionary<string, CollectedField>> _fields = new(new ReferencePair());

        public void Write(Utf8JsonWriter writer, JsonElement value, IGraphType type, List<GraphQLSelectionSet?> selections)
        {
            var unwrapped = type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;
            switch (unwrapped)
            {
                case ListGraphType list when value.ValueKind == JsonValueKind.Array:
                    writer.WriteStartArray();
                    foreach (var item in value.EnumerateArray())
                    {
                        Write(writer, item, list.ResolvedType!, selections);
                    }
                    writer.WriteEndArray();
                    break;
                case IComplexGraphType or IAbstractGraphType when value.ValueKind == JsonValueKind.Object:
                    var fields = Fields(unwrapped, selections);
                    writer.WriteStartObject();
                    foreach (var property in value.EnumerateObject())
                    {
                        writer.WritePropertyName(property.Name);
                        if (fields.TryGetValue(property.Name, out var field))
                        {
                            Write(writer, property.Value, field.Definition.ResolvedType!, field.Selections);
                        }
                        else
                        {
                            property.Value.WriteTo(writer);
                        }
                    }
                    writer.WriteEndObject();
                    break;
                case ExactDecimalGraphType when value.ValueKind == JsonValueKind.Number:
                    writer.WriteStringValue(value.GetRawText());
                    break;
                default:
                    value.WriteTo(writer);
                    break;
            }
        }

        private Dictionary<string, CollectedField> Fields(IGraphType type, List<GraphQLSelectionSet?> selections)
        {
            if (!_fields.TryGetValue((type, selections), out var fields))
            {
                fields = [];
                foreach (var (key, field) in reader.Fields(type, selections))
                {
                    fields.TryAdd(key, field);
                }
                _fields[(type, selections)] = fields;
            }
            return fields;
        }
    }

    private sealed class ReferencePair : IEqualityComparer<(IGraphType Type, List<GraphQLSelectionSet?> Selections)>
    {
        public bool Equals((IGraphType Type, List<GraphQLSelectionSet?> Selections) x, (IGraphType Type, List<GraphQLSelectionSet?> Selections) y) =>
            ReferenceEquals(x.Type, y.Type) && ReferenceEquals(x.Selections, y.Selections);

        public int GetHashCode((IGraphType Type, List<GraphQLSelectionSet?> Selections) pair) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Type), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Selections));
    }
}
