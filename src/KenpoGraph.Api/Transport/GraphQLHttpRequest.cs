using System.Text.Json;
using GraphQL;
using KenpoGraph.Api.Errors;

namespace KenpoGraph.Api.Transport;

/// <summary>
/// A well-formed GraphQL-over-HTTP request, or why the HTTP request is not one. The query may be absent
/// when extensions name a persisted operation instead (see PersistedOperations).
/// </summary>
internal sealed record GraphQLHttpRequest(string? Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions)
{
    /// <summary>Reads GET parameters (query, operationName, and URL-encoded JSON variables and extensions).</summary>
    public static GraphQLHttpRequest FromQueryString(IQueryCollection parameters)
    {
        return new GraphQLHttpRequest(Single(parameters, "query"), Single(parameters, "operationName"),
            JsonObjectParameter(Single(parameters, "variables"), "variables"),
            JsonObjectParameter(Single(parameters, "extensions"), "extensions"));
    }

    /// <summary>Reads a POST body: a JSON object with a string `query` (or a persisted one's hash) and optional `operationName`, `variables`, `extensions`.</summary>
    public static GraphQLHttpRequest FromJsonBody(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            throw BadRequest("A POST request needs a JSON body.");
        }
        JsonElement root;
        try
        {
            // Parsed where it lies, then cloned: the caller's buffer is reused once this returns.
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw BadRequest($"The body is not valid JSON: {exception.Message}");
        }
        EnsureUnicode(root, "The body");
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw BadRequest(root.ValueKind == JsonValueKind.Array
                ? "Batched requests (a JSON array) are not supported; send one operation per request."
                : "The body must be a JSON object.");
        }
        string? query = null;
        if (root.TryGetProperty("query", out var q) && q.ValueKind != JsonValueKind.Null)
        {
            query = q.ValueKind == JsonValueKind.String ? q.GetString() : throw BadRequest("`query` must be a string.");
        }
        string? operationName = null;
        if (root.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            operationName = name.ValueKind == JsonValueKind.String ? name.GetString() : throw BadRequest("`operationName` must be a string or null.");
        }
        return new GraphQLHttpRequest(query, operationName, ObjectMember(root, "variables"), ObjectMember(root, "extensions"));
    }

    private static string? Single(IQueryCollection parameters, string name)
    {
        var values = parameters[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw BadRequest($"The `{name}` parameter appears more than once."),
        };
    }

    private static JsonElement? JsonObjectParameter(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
            EnsureUnicode(document.RootElement, $"`{name}`");
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Object => document.RootElement.Clone(),
                JsonValueKind.Null => null,
                _ => throw BadRequest($"`{name}` must be a JSON object."),
            };
        }
        catch (JsonException)
        {
            throw BadRequest($"`{name}` must be URL-encoded JSON.");
        }
    }

    private static JsonElement? ObjectMember(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return value.ValueKind == JsonValueKind.Object ? value : throw BadRequest($"`{name}` must be a JSON object or null.");
    }

    /// <summary>
    /// JSON parsing checks the structure, not the text inside strings: invalid UTF-8 bytes and an unpaired
    /// surrogate escape ("\ud800") only fail when a string is read, which happened deep inside the cache key
    /// and the variables reader and answered 500 (found by the hostile-input fuzzer). Every string and property
    /// name is read once here, so such a body is a 400 before anything else looks at it. The same walk refuses an
    /// object that names a key twice: System.Text.Json keeps both, and GraphQL.NET's variables reader threw on the
    /// second (a 500, issue 16); which of the two a client meant cannot be known, so neither is guessed.
    /// </summary>
    private static void EnsureUnicode(JsonElement element, string what)
    {
        try
        {
            ReadAllText(element, what);
        }
        catch (InvalidOperationException)
        {
            throw BadRequest($"{what} holds text that is not Unicode: invalid UTF-8 bytes or an unpaired surrogate escape such as \\ud800.");
        }
    }

    private static void ReadAllText(JsonElement element, string what)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                element.GetString();
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    ReadAllText(item, what);
                }
                break;
            case JsonValueKind.Object:
                HashSet<string>? names = null;
                foreach (var property in element.EnumerateObject())
                {
                    if (!(names ??= new HashSet<string>(StringComparer.Ordinal)).Add(property.Name))
                    {
                        throw BadRequest($"{what} names the key `{Shorten(property.Name)}` twice in one object; every key of a JSON object must be unique.");
                    }
                    ReadAllText(property.Value, what);
                }
                break;
        }
    }

    private static string Shorten(string name) => name.Length <= 64 ? name : name[..64] + "…";

    private static KenpoError BadRequest(string message) => new(ErrorCodes.BadRequest, message);
}
