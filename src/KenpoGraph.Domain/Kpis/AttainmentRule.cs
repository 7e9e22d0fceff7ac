namespace KenpoGraph.Domain.Kpis;

/// <summary>A target as far as attainment needs it.</summary>
public sealed record TargetTerms(KpiTargetRule Rule, Comparator? Comparator, decimal? Threshold, int? BranchCount, string? AsOfDate);

/// <summary>A result as far as attainment needs it.</summary>
public sealed record ResultTerms(decimal? Value, KpiPeriodBasis Basis, string? AsOf);

/// <summary>
/// Attainment computed where the rule is mechanical: a resolved threshold, a comparator and a result that
/// describes the period the target is about. Everything else (qualitative items, unresolved prior-year
/// rules, year-to-date values) is not computed, and the published mark stands alone.
/// </summary>
public static class AttainmentRule
{
    public static Attainment? Compute(TargetTerms target, ResultTerms result)
    {
        if (result.Value is not { } value)
        {
            return null;
        }
        switch (target.Rule)
        {
            case KpiTargetRule.Qualitative or KpiTargetRule.NotSet:
                return null;
            case KpiTargetRule.Increment:
                // The KPI is the year's increase (令和4年度：25社増, seed-001 L1954) and the printed k its threshold: a full-year increase compares directly.
                return result.Basis == KpiPeriodBasis.FiscalYear && target.Threshold is { } k && target.Comparator is { } incrementComparator
                    ? Met(value, incrementComparator, k)
                    : null;
            case KpiTargetRule.AllBranchesThreshold:
                // Nationally the rule is reported as the number of branches meeting it (seed 004 L1057-L1071).
                return result.Basis == KpiPeriodBasis.BranchCount && target.BranchCount is { } branches
                    ? Met(value, Comparator.Gte, branches)
                    : null;
            case KpiTargetRule.AsOfDate:
                return target.Threshold is { } onDate && target.Comparator is { } onDateComparator && result.AsOf == target.AsOfDate
                    ? Met(value, onDateComparator, onDate)
                    : null;
            default:
                // A year-to-date value (Mie's charts at 2024-10) says nothing yet about the year's target.
                if (result.Basis is KpiPeriodBasis.AsOfDate or KpiPeriodBasis.BranchCount || target.Threshold is not { } threshold
                    || target.Comparator is not { } comparator)
                {
                    return null;
                }
                return Met(value, comparator, threshold);
        }
    }

    /// <summary>
    /// True where a published mark contradicts the computed one. 概ね達成 is the publisher's word for a narrow
    /// miss, so it agrees with a computed "not attained" and disagrees only with a computed "attained".
    /// </summary>
    public static bool Disagrees(Attainment? published, Attainment? computed) => (published, computed) switch
    {
        (null, _) or (_, null) or (Attainment.NotAssessed, _) => false,
        (Attainment.BroadlyAttained, var c) => c == Attainment.Attained,
        var (p, c) => p != c,
    };

    private static Attainment Met(decimal value, Comparator comparator, decimal threshold)
    {
        var met = comparator switch
        {
            Comparator.Gte => value >= threshold,
            Comparator.Lte => value <= threshold,
            _ => value == threshold,
        };
        return met ? Attainment.Attained : Attainment.NotAttained;
    }
}
