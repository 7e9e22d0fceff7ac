using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Rollups;

/// <summary>One year of a time series with its change on the previous year.</summary>
internal sealed record SeriesPoint(Rollup Current, Rollup? Previous)
{
    public decimal? Change => Current.Value - Previous?.Value;

    /// <summary>Percent change on the previous year; null where either is missing or the previous is zero.</summary>
    public decimal? ChangeRate => Previous?.Value is { } previous && previous != 0 && Current.Value is { } value
        ? (value - previous) / previous * 100m
        : null;
}
