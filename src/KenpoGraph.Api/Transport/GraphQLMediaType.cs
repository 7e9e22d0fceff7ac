using Microsoft.Net.Http.Headers;

namespace KenpoGraph.Api.Transport;

/// <summary>
/// Response media-type negotiation per GraphQL over HTTP: application/graphql-response+json is the
/// default (missing Accept, */*, application/*); application/json is the legacy type whose request
/// errors still answer 200. Only UTF-8 is ever sent.
/// </summary>
internal static class GraphQLMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>What a 406 names as acceptable.</summary>
    public const string Supported = $"{GraphQLResponse}; charset=utf-8, {Json}; charset=utf-8";

    /// <summary>The media type to answer with, or null when the Accept header allows none we can send.</summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
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
                "application/*" or "*/*" => (GraphQLResponse, 2),
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
