using KenpoGraph.Warehouse.Model;
using KenpoGraph.Domain.Provenance;

namespace KenpoGraph.Api.Rollups;

/// <summary>One year of a time series with its change on the previous year.</summary>
internal sealed record SeriesPoint(Rollup Current, Rollup? Previous)
{
    public decimal? Change => Current.Value - Previous?.Value;

    /// <summary>Percent change on the previous year; null where either is missing or the previous is zero.</summary>
    public decimal? ChangeRate => Previous?.Value is { } previous && previous != 0 && Current.Value is { } value
        ? (value - previous) / previous * 100m
        : null;

    /// <summary>Quality of the change and change rate: DEMO if either year's value is demonstration data, else DERIVED; null without a change.</summary>
    public Quality? ChangeQuality => Change is null ? null : ComputedQuality.Combined(Current.Quality, Previous!.Quality);
}
