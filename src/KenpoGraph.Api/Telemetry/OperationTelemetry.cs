using System.Diagnostics;
using GraphQL;
using GraphQLParser.AST;
using KenpoGraph.Api.Caching;
using KenpoGraph.Api.Errors;

namespace KenpoGraph.Api.Telemetry;

/// <summary>Starts one <see cref="OperationObservation"/> per request to /graphql.</summary>
internal sealed class OperationTelemetry(KenpoGraphMetrics metrics, DocumentCache documents)
{
    public OperationObservation Start() => new(metrics, documents, KenpoGraphTelemetry.Source.StartActivity("GraphQL Operation"));
}

/// <summary>How an operation ended; the value of the kenpograph.outcome tag.</summary>
internal static class OperationOutcome
{
    /// <summary>Executed without errors, or answered from the response cache or with 304.</summary>
    public const string Success = "success";

    /// <summary>Executed, with field errors in the response.</summary>
    public const string Partial = "partial";

    /// <summary>Never executed: not a valid GraphQL-over-HTTP request, or the document did not parse or validate.</summary>
    public const string Rejected = "rejected";

    /// <summary>An exception escaped (including the client going away).</summary>
    public const string Failed = "failed";
}

/// <summary>
/// The span and the measurements of one GraphQL operation. The endpoint reports what it learns as it goes;
/// the first of <see cref="Rejected"/>, <see cref="Cached"/> or <see cref="Executed"/> ends it, before the
/// response body is written, so a client that has the response can already see its span and counts.
/// </summary>
internal sealed class OperationObservation(KenpoGraphMetrics metrics, DocumentCache documents, Activity? activity) : IDisposable
{
    private const string UnknownType = "unknown";
    private readonly long _started = Stopwatch.GetTimestamp();
    private string? _name;
    private bool _ended;

    /// <summary>The operation's name (requested, or the document's only operation); null when unknown.</summary>
    public string? OperationName => _name;

    /// <summary>Hex SHA-256 of the document; null when the request never named one.</summary>
    public string? DocumentHash { get; private set; }

    /// <summary>The data version the request was pinned to.</summary>
    public int? DataVersionId { get; private set; }

    /// <summary>How the operation ended (<see cref="OperationOutcome"/>); null until it has.</summary>
    public string? Outcome { get; private set; }

    /// <summary>The stable code (extensions.code) of the first error, if any.</summary>
    public string? FirstErrorCode { get; private set; }

    public void Describe(string? operationName, string documentHash)
    {
        _name = operationName;
        DocumentHash = documentHash;
        activity?.SetTag(TelemetryTags.OperationName, operationName);
        activity?.SetTag(TelemetryTags.DocumentHash, documentHash);
    }

    public void DataVersion(int? id)
    {
        DataVersionId = id;
        activity?.SetTag(TelemetryTags.DataVersion, id);
    }

    public void Rejected(string errorCode)
    {
        FirstErrorCode = errorCode;
        activity?.SetTag(TelemetryTags.ErrorCode, errorCode);
        End(UnknownType, OperationOutcome.Rejected, errors: 1);
    }

    /// <summary>A response-cache miss: the operation goes on to execute.</summary>
    public void CacheMissed()
    {
        activity?.SetTag(TelemetryTags.ResponseCache, "miss");
        metrics.ResponseCacheLookups.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Result, "miss"));
    }

    /// <summary>Answered without executing: a stored response ("hit") or 304 ("not_modified"). Only query results are cached.</summary>
    public void Cached(bool notModified, string query)
    {
        if (_name is null && activity is { IsAllDataRequested: true })
        {
            // The request named no operation, so its name is only in the document: the one parsed when the
            // cached answer was made. Parsing it again on every hit was ~12 % of a cache hit's CPU (bench/).
            // The cost tag needs the variables and is left out.
            _name = (documents.Find(query) ?? TryParse(query)) is { } parsed ? Chosen(parsed, null)?.Name?.StringValue : null;
            activity.SetTag(TelemetryTags.OperationName, _name);
        }
        var result = notModified ? "not_modified" : "hit";
        activity?.SetTag(TelemetryTags.ResponseCache, result);
        metrics.ResponseCacheLookups.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Result, result));
        End("query", OperationOutcome.Success, errors: 0);
    }

    public void Executed(ExecutionResult result, IReadOnlyDictionary<string, object?>? variables, string query)
    {
        var type = result.Operation?.Operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => UnknownType,
        };
        if (result.Operation is null && _name is null && activity is { IsAllDataRequested: true })
        {
            // Not executed (e.g. it did not validate) and the request named no operation: name the span
            // after the document's only operation, unless the text does not even parse.
            _name = TryParse(query) is { } parsed ? Chosen(parsed, null)?.Name?.StringValue : null;
            activity.SetTag(TelemetryTags.OperationName, _name);
        }
        if (result.Document is { } executed && result.Operation is { } operation)
        {
            var cost = OperationCost.Of(executed, operation, variables);
            activity?.SetTag(TelemetryTags.Cost, cost);
            if (result.Executed)
            {
                metrics.OperationCost.Record(cost, new KeyValuePair<string, object?>(TelemetryTags.OperationType, type));
            }
            // The name the executer chose (the only operation in the document when the request named none).
            _name ??= operation.Name?.StringValue;
            activity?.SetTag(TelemetryTags.OperationName, _name);
        }
        var errors = result.Errors?.Count ?? 0;
        if (result.Errors is { Count: > 0 } reported)
        {
            FirstErrorCode = KenpoErrorInfoProvider.CodeOf(reported[0]);
        }
        var outcome = !result.Executed ? OperationOutcome.Rejected : errors > 0 ? OperationOutcome.Partial : OperationOutcome.Success;
        if (!result.Executed && result.Errors is { Count: > 0 } found && found[0].Code is { } code)
        {
            activity?.SetTag(TelemetryTags.ErrorCode, code);
        }
        End(type, outcome, errors);
    }

    private static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return GraphQLParser.Parser.Parse(query);
        }
        // The base type: the parser's depth guard (GraphQLMaxDepthExceededException) is not a syntax error, and
        // escaped here as a 500 whenever traces were being recorded (found by the hostile-input fuzzer).
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return null;
        }
    }

    /// <summary>The operation a request runs: the one named, or the only one in the document.</summary>
    private static GraphQLOperationDefinition? Chosen(GraphQLDocument document, string? requested)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return requested is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == requested);
    }

    /// <summary>Ends the observation as failed if nothing else did, e.g. when an exception escaped the endpoint.</summary>
    public void Dispose() => End(UnknownType, OperationOutcome.Failed, errors: 0);

    private void End(string type, string outcome, int errors)
    {
        if (_ended)
        {
            return;
        }
        _ended = true;
        Outcome = outcome;
        var tags = new TagList
        {
            { TelemetryTags.OperationType, type },
            { TelemetryTags.Outcome, outcome },
        };
        metrics.Operations.Add(1, tags);
        metrics.OperationDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
        if (activity is null)
        {
            return;
        }
        // Span name per OpenTelemetry's GraphQL conventions: "{type} {name}", "{type}", or "GraphQL Operation".
        if (type != UnknownType)
        {
            activity.DisplayName = _name is null ? type : $"{type} {_name}";
        }
        activity.SetTag(TelemetryTags.OperationType, type == UnknownType ? null : type);
        activity.SetTag(TelemetryTags.ResponseErrors, errors);
        activity.SetTag(TelemetryTags.Outcome, outcome);
        if (outcome != OperationOutcome.Success)
        {
            activity.SetStatus(ActivityStatusCode.Error, outcome);
        }
        activity.Dispose();
    }
}
