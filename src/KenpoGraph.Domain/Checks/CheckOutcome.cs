namespace KenpoGraph.Domain.Checks;

/// <summary>How a printed figure compares with what the figures it summarises give.</summary>
public enum CheckStatus
{
    /// <summary>Equal.</summary>
    Exact,

    /// <summary>Different by no more than the printed figures' rounding (（注）計数は四捨五入のため、一部、一致しないことがある).</summary>
    WithinRounding,

    /// <summary>Different, and the difference is recorded with a note (db/seed/known_discrepancies.csv).</summary>
    KnownDiscrepancy,

    /// <summary>Different beyond rounding, with nothing recorded: the load is refused.</summary>
    Mismatch,
}

/// <summary>A printed figure (expected) against the one computed from others (actual).</summary>
/// <param name="Tolerance">How far rounding of the printed figures involved can move the difference.</param>
public sealed record CheckOutcome(decimal Expected, decimal Actual, decimal Tolerance)
{
    public decimal Difference => Expected - Actual;

    public CheckStatus Status => Difference == 0 ? CheckStatus.Exact
        : Math.Abs(Difference) <= Tolerance ? CheckStatus.WithinRounding
        : CheckStatus.Mismatch;
}
