using Microsoft.Net.Http.Headers;

namespace KenpoGraph.Api.Transport;

/// <summary>
/// Response media-type negotiation per GraphQL over HTTP: application/graphql-response+json is the
/// default (missing Accept, */*, application/*); application/json is the legacy type whose request
/// errors still answer 200. Only UTF-8 is ever sent. text/csv (Export/) is offered by the query endpoint only, when
/// the client names it: a refusal is never written as CSV.
/// </summary>
internal static class GraphQLMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>An answer's list as a table (Export/CsvTable), asked for by name only.</summary>
    public const string Csv = "text/csv";

    /// <summary>What a 406 names as acceptable.</summary>
    public const string Supported = $"{GraphQLResponse}; charset=utf-8, {Json}; charset=utf-8";

    /// <summary>What the query endpoint's 406 names as acceptable.</summary>
    public const string SupportedWithCsv = $"{Supported}, {Csv}; charset=utf-8";

    /// <summary>The media type to answer with, or null when the Accept header allows none we can send.</summary>
    /// <param name="csv">True where a CSV can be sent (the query endpoint); elsewhere text/csv is a type we cannot send.</param>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept, bool csv = false)
    {
        if (accept.Count == 0)
        {
            return GraphQLResponse;
        }
        string? best = null;
        double bestQuality = 0;
        var bestRank = int.MaxValue;
        foreach (var candidate in accept)
        {
            if (candidate.Charset.HasValue && !candidate.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var quality = candidate.Quality ?? 1.0;
            var (type, rank) = candidate.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLResponse => (GraphQLResponse, 0),
                Json => (Json, 1),
                // Named only, and before a wildcard of the same quality (text/csv, */* is a CSV); text/* or */* alone
                // never turn an answer into a table.
                Csv when csv => (Csv, 2),
                "application/*" or "*/*" => (GraphQLResponse, 3),
                _ => ((string?)null, int.MaxValue),
            };
            if (type is null || quality <= 0)
            {
                continue;
            }
            if (quality > bestQuality || (quality.Equals(bestQuality) && rank < bestRank))
            {
                (best, bestQuality, bestRank) = (type, quality, rank);
            }
        }
        return best;
    }
}
