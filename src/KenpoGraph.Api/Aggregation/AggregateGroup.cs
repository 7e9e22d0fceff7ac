using KenpoGraph.Domain.Organisation;
using KenpoGraph.Domain.Provenance;

namespace KenpoGraph.Api.Aggregation;

/// <summary>
/// One group of `aggregate` for one measure: its keys (null for a dimension it is not grouped by), its figures by the
/// measure's rule, already through disclosure control (withheld figures are null here, so nothing later can leak them,
/// and sorting by value sorts them as null), and the previous fiscal year's value of the same branches when asked.
/// </summary>
internal sealed class AggregateGroup
{
    public required string MeasureCode { get; init; }
    public int? FiscalYear { get; init; }
    public string? OrgUnitCode { get; init; }
    public OrgUnitKind? OrgUnitKind { get; init; }
    public string? GroupingCode { get; init; }
    public string? RegionCode { get; init; }
    public string? Subject { get; init; }
    public Quality? QualityKey { get; init; }
    public string? GroupCode { get; init; }

    public decimal? Value { get; init; }
    public decimal? Numerator { get; init; }
    public decimal? Denominator { get; init; }
    public required int Count { get; init; }
    public required int Contributors { get; init; }
    public required int ExpectedContributors { get; init; }
    public required Quality Quality { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public decimal? Mean { get; init; }
    public required bool Withheld { get; init; }

    /// <summary>Null unless yearOverYear was asked for.</summary>
    public AggregatePrevious? Previous { get; init; }

    public bool Complete => Contributors == ExpectedContributors;

    /// <summary>value − previousValue; null where either is missing or withheld.</summary>
    public decimal? Change => Value - Previous?.Value;

    /// <summary>Percent change on the previous year; null where either is missing or withheld, or the previous is zero.</summary>
    public decimal? ChangeRate => Previous?.Value is { } previous && previous != 0 && Value is { } value ? (value - previous) / previous * 100m : null;

    public Quality? ChangeQuality => Change is null ? null : ComputedQuality.Combined(Quality, Previous!.Quality!.Value);
}

/// <summary>The same group's branches one fiscal year earlier (each branch-year row shifted back a year).</summary>
internal sealed record AggregatePrevious(decimal? Value, int Contributors, Quality? Quality, bool Withheld);
