using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KenpoGraph.Api.Telemetry;

/// <summary>The names our own spans and metrics are published under; see docs/operators.md "Observability".</summary>
internal static class KenpoGraphTelemetry
{
    /// <summary>The ActivitySource and the Meter share this name, which is what an exporter subscribes to.</summary>
    public const string Name = "KenpoGraph";

    public static readonly ActivitySource Source = new(Name);
}

/// <summary>Span tag and metric tag names; OpenTelemetry's GraphQL conventions where they have one.</summary>
internal static class TelemetryTags
{
    public const string OperationName = "graphql.operation.name";
    public const string OperationType = "graphql.operation.type";
    public const string DocumentHash = "graphql.document.hash";
    public const string ResponseErrors = "graphql.response.errors";
    public const string DataVersion = "kenpograph.data_version";
    public const string Cost = "kenpograph.cost";
    public const string Outcome = "kenpograph.outcome";
    public const string ErrorCode = "kenpograph.error.code";
    public const string ResponseCache = "kenpograph.response_cache";
    public const string Result = "result";
}

/// <summary>The instruments of the "KenpoGraph" meter, one set per host (IMeterFactory owns the meter's lifetime).</summary>
internal sealed class KenpoGraphMetrics
{
    // The buckets ASP.NET Core uses for http.server.request.duration, so the two histograms line up.
    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    private static readonly long[] CostBuckets = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

    public KenpoGraphMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(KenpoGraphTelemetry.Name);
        Operations = meter.CreateCounter<long>("kenpograph.graphql.operations", "{operation}",
            "GraphQL operations handled at /graphql, by operation type and outcome.");
        OperationDuration = meter.CreateHistogram("kenpograph.graphql.operation.duration", "s",
            "Time from reading a GraphQL request to its serialised response (the network write excluded).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        OperationCost = meter.CreateHistogram("kenpograph.graphql.operation.cost", "{field}",
            "Cost of executed operations (fields selected, multiplied by page sizes); see OperationCost.",
            advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = CostBuckets });
        ResponseCacheLookups = meter.CreateCounter<long>("kenpograph.response_cache.lookups", "{lookup}",
            "Response-cache lookups by result: hit, miss, or not_modified (If-None-Match matched, 304).");
        WarehouseReads = meter.CreateCounter<long>("kenpograph.warehouse.reads", "{read}",
            "How executed requests read their data version, by source: read_model (in memory, ReadModel/) or sql (a SQL context was opened).");
    }

    public Counter<long> Operations { get; }

    public Histogram<double> OperationDuration { get; }

    public Histogram<long> OperationCost { get; }

    public Counter<long> ResponseCacheLookups { get; }

    public Counter<long> WarehouseReads { get; }
}
