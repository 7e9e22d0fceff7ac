using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;

namespace KenpoGraph.Api.Transport;

/// <summary>
/// Writes an <see cref="ExecutionResult"/> exactly as GraphQL.SystemTextJson's ExecutionResultJsonConverter does
/// (errors, data, extensions; the same bytes), but writes the scalar values our schema hands out (strings, numbers,
/// booleans) straight to the writer. GraphQL.NET serialises every scalar through <c>JsonSerializer.Serialize(object)</c>,
/// which looks the value's type up in the options' cache each time: for a 10,000-value answer that look-up and the
/// boxing around it were about a tenth of the request's CPU (bench/results, issue 20). Any other value still goes
/// through the serializer, with the same options, so nothing is written differently.
/// </summary>
internal sealed class ExecutionResultConverter : JsonConverter<ExecutionResult>
{
    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }
        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode node)
            {
                WriteNode(writer, node, options, DefaultScalarWriting(options));
            }
            else
            {
                JsonSerializer.Serialize(writer, value.Data, options);
            }
        }
        if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }
        writer.WriteEndObject();
    }

    private CheckedOptions? _checked;

    /// <summary>
    /// Whether the options write these scalars the built-in way: no converter of ours or a library's for them, numbers
    /// as numbers. Options are fixed once used, so the answer is kept for the options it was given (replaced whole, so
    /// a concurrent reader never sees one options' answer beside another's).
    /// </summary>
    private bool DefaultScalarWriting(JsonSerializerOptions options)
    {
        if (_checked is { } known && ReferenceEquals(known.Options, options))
        {
            return known.DefaultScalars;
        }
        Type[] scalars = [typeof(string), typeof(int), typeof(long), typeof(decimal), typeof(bool)];
        var checkedNow = new CheckedOptions(options, options.NumberHandling == JsonNumberHandling.Strict
            && !options.Converters.Any(converter => scalars.Any(converter.CanConvert)));
        _checked = checkedNow;
        return checkedNow.DefaultScalars;
    }

    private sealed record CheckedOptions(JsonSerializerOptions Options, bool DefaultScalars);

    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode? node, JsonSerializerOptions options, bool direct)
    {
        switch (node)
        {
            case ValueExecutionNode scalar:
                WriteScalar(writer, scalar.ToValue(), options, direct);
                break;
            case ObjectExecutionNode { SubFields: null }:
                writer.WriteNullValue();
                break;
            case ObjectExecutionNode objectNode:
                writer.WriteStartObject();
                var naming = options.PropertyNamingPolicy;
                foreach (var child in objectNode.SubFields)
                {
                    writer.WritePropertyName(naming is null ? child.Name! : naming.ConvertName(child.Name!));
                    WriteNode(writer, child, options, direct);
                }
                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: null } array:
                JsonSerializer.Serialize(writer, array.SerializedResult, options);
                break;
            case ArrayExecutionNode array:
                writer.WriteStartArray();
                foreach (var item in array.Items)
                {
                    WriteNode(writer, item, options, direct);
                }
                writer.WriteEndArray();
                break;
            case null or NullExecutionNode:
                writer.WriteNullValue();
                break;
            default:
                JsonSerializer.Serialize(writer, node.ToValue(), options);
                break;
        }
    }

    /// <summary>What System.Text.Json's own converters write for these types, without the look-up of the converter.</summary>
    /// <param name="direct">Whether the options write them the built-in way (<see cref="DefaultScalarWriting"/>), decided once per answer.</param>
    private static void WriteScalar(Utf8JsonWriter writer, object? value, JsonSerializerOptions options, bool direct)
    {
        if (!direct)
        {
            JsonSerializer.Serialize(writer, value, options);
            return;
        }
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            default:
                JsonSerializer.Serialize(writer, value, options);
                break;
        }
    }

    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("An execution result is only ever written.");

    public override bool CanConvert(Type typeToConvert) => typeof(ExecutionResult).IsAssignableFrom(typeToConvert);
}
