using System.Text.Json;
using KenpoGraph.Api.Transport;
using Microsoft.IdentityModel.Tokens;

namespace KenpoGraph.Api.Access;

/// <summary>
/// What the claims mapping hides about a token's JSON, checked on the token's own text once its signature verified.
/// The mapping turns <c>"kenpo_branches": []</c> into no claim at all (read as "every branch"), keeps only one of two
/// equal keys, splits a list-valued <c>tid</c> into two claims of which the tenant check reads the first, and ignores a
/// <c>crit</c> header. Each would grant more than the token says, so each is refused: claims fail closed.
/// </summary>
internal static class TokenShape
{
    // Claims whose meaning is one value: a list or an object there is not a token Entra ID issues.
    private static readonly HashSet<string> SingleValued = new(StringComparer.Ordinal)
    {
        CallerClaims.Tenant, CallerClaims.AuthorizedParty, CallerClaims.ApplicationId, CallerClaims.Subject,
        CallerClaims.ObjectId, CallerClaims.Scopes,
    };

    /// <summary>
    /// Reads a compact JWS. <see cref="TokenShapeReading.Problem"/> says (in ASCII) why it must be refused, or is null;
    /// <see cref="TokenShapeReading.Branches"/> holds the kenpo_branches values as written: null when the claim is absent,
    /// empty when it is present but empty (<c>""</c>, <c>null</c> or <c>[]</c>: no branch).
    /// </summary>
    public static TokenShapeReading Read(string compactToken)
    {
        var parts = compactToken.Split('.');
        if (parts.Length != 3)
        {
            return TokenShapeReading.Refused("it is not a compact JWS (three parts separated by dots).");
        }
        try
        {
            var headerProblem = ReadObject(Base64UrlEncoder.DecodeBytes(parts[0]), (name, ref reader) =>
                name == "crit" ? "its header lists critical extensions (crit), which this API does not implement." : Skip(ref reader));
            if (headerProblem is not null)
            {
                return TokenShapeReading.Refused(headerProblem);
            }
            List<string>? branches = null;
            var payloadProblem = ReadObject(Base64UrlEncoder.DecodeBytes(parts[1]), (name, ref reader) =>
            {
                if (name == CallerClaims.Branches)
                {
                    return ReadStrings(ref reader, name, out branches);
                }
                if (name == CallerClaims.Roles)
                {
                    return ReadStrings(ref reader, name, out _);
                }
                if (SingleValued.Contains(name))
                {
                    return reader.TokenType == JsonTokenType.String ? null : $"its {name} claim is not a single string.";
                }
                return Skip(ref reader);
            });
            return payloadProblem is null ? new TokenShapeReading(null, branches) : TokenShapeReading.Refused(payloadProblem);
        }
        catch (Exception unreadable) when (unreadable is JsonException or FormatException or ArgumentException)
        {
            return TokenShapeReading.Refused("it is not a well-formed JWT.");
        }
    }

    private delegate string? PropertyCheck(string name, ref Utf8JsonReader reader);

    /// <summary>Walks one JSON object's properties (reader on each value); a repeated name is refused whatever its value.</summary>
    private static string? ReadObject(byte[] json, PropertyCheck check)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 16 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return "it is not a well-formed JWT.";
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (!seen.Add(name))
            {
                return $"it holds the {HeaderText.Ascii(name, 40)} claim twice.";
            }
            reader.Read();
            if (check(name, ref reader) is { } problem)
            {
                return problem;
            }
        }
        return null;
    }

    /// <summary>A string, null, or an array of strings: the values as written (null and "" give none).</summary>
    private static string? ReadStrings(ref Utf8JsonReader reader, string name, out List<string> values)
    {
        values = [];
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                values.Add(reader.GetString()!);
                return null;
            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        return $"its {name} claim must be a string or an array of strings.";
                    }
                    values.Add(reader.GetString()!);
                }
                return null;
            default:
                return $"its {name} claim must be a string or an array of strings.";
        }
    }

    private static string? Skip(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }
}

/// <param name="Problem">Why the token is refused (ASCII, for WWW-Authenticate), or null.</param>
/// <param name="Branches">The kenpo_branches values as written; null without the claim.</param>
internal sealed record TokenShapeReading(string? Problem, IReadOnlyList<string>? Branches)
{
    public static TokenShapeReading Refused(string problem) => new(problem, null);
}
