namespace KenpoGraph.Domain.Provenance;

/// <summary>What point or span of time a figure describes (docs/domain.md "Time").</summary>
public enum ValueBasis
{
    /// <summary>A count at the end of the fiscal year (31 March).</summary>
    FiscalYearEnd,

    /// <summary>An average over the fiscal year (or the span the source defines for it).</summary>
    FiscalYearAverage,

    /// <summary>A value as of a stated date.</summary>
    AsOfDate,

    /// <summary>A flow over the whole period: amounts, counts of events.</summary>
    Period,
}
