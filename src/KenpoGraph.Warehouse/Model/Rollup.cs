using KenpoGraph.Domain.Provenance;
using KenpoGraph.Domain.Rollups;

namespace KenpoGraph.Warehouse.Model;

/// <summary>
/// fact_rollup: a measure rolled up from branch facts by its rule, materialised at load time so a
/// national or regional query reads rows instead of recomputing them. Where the sources publish the
/// same figure (a branch's own printed value, or the national figure held by the headquarters), it
/// stands beside the roll-up with the difference.
/// </summary>
public sealed class Rollup
{
    public required RollupLevel Level { get; init; }

    /// <summary>Branch code (BRANCH), region code (REGION) or 00 (NATIONAL).</summary>
    public required string UnitCode { get; init; }

    /// <summary>The region grouping of a REGION row; null otherwise.</summary>
    public string? GroupingCode { get; init; }

    public required int FiscalYear { get; init; }
    public required string MeasureCode { get; init; }

    /// <summary>Null where no branch contributed or a denominator is zero.</summary>
    public decimal? Value { get; init; }

    /// <summary>SUM: Σ value; RATIO: Σ numerator; WEIGHTED_MEAN: Σ(value·weight).</summary>
    public decimal? Numerator { get; init; }

    /// <summary>RATIO: Σ denominator; WEIGHTED_MEAN: Σ weight; null for SUM.</summary>
    public decimal? Denominator { get; init; }

    /// <summary>Branches whose figures contributed.</summary>
    public required int Contributors { get; init; }

    /// <summary>Branches in the unit: a roll-up is complete when every one contributed.</summary>
    public required int ExpectedContributors { get; init; }

    /// <summary>DEMO when any input is demonstration data; PUBLISHED for a branch's own printed figure; DERIVED otherwise.</summary>
    public required Quality Quality { get; init; }

    /// <summary>The same figure as the sources print it for this unit, if they do.</summary>
    public decimal? PublishedValue { get; init; }

    /// <summary>Value − published value.</summary>
    public decimal? Difference { get; init; }
}
