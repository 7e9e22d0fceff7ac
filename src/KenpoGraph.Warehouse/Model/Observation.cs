using KenpoGraph.Domain.Provenance;

namespace KenpoGraph.Warehouse.Model;

/// <summary>
/// fact_observation: one figure of one measure for one org unit and fiscal year, with its provenance.
/// A narrow fact (one row per figure) rather than one wide row per subject, because every printed
/// figure carries its own line locator and quality, and measures are declared as data.
/// </summary>
public sealed class Observation
{
    public required string OrgUnitCode { get; init; }
    public required int FiscalYear { get; init; }
    public required string MeasureCode { get; init; }

    /// <summary>Value in the measure's base unit (persons, yen, employers).</summary>
    public required decimal Value { get; init; }

    /// <summary>The figure exactly as printed, e.g. "39,713".</summary>
    public required string PrintedValue { get; init; }

    /// <summary>The unit as printed, e.g. 千人.</summary>
    public required string PrintedUnit { get; init; }

    public required ValueBasis Basis { get; init; }
    public required Quality Quality { get; init; }
    public required string DocumentCode { get; init; }

    /// <summary>Where in the document: line or line range (L70, L66-L101) or page.</summary>
    public required string Locator { get; init; }

    public string? Note { get; init; }
}
