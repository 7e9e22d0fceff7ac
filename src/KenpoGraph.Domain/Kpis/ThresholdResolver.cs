namespace KenpoGraph.Domain.Kpis;

/// <summary>Where a target's threshold comes from.</summary>
public enum ThresholdSource
{
    /// <summary>Printed in the source beside the target (PUBLISHED).</summary>
    Printed,

    /// <summary>Resolved at load from the org unit's own earlier results, as the rule says (DERIVED).</summary>
    ResolvedFromResults,
}

/// <summary>Which 3-year average a threshold uses (docs/domain.md "Plans and KPIs": 3-year averages may be pooled; both forms are kept).</summary>
public enum AverageForm
{
    /// <summary>The 3-year average the source prints for exactly that window (上記3年度の平均値).</summary>
    PrintedAverage,

    /// <summary>Σ numerators ÷ Σ denominators over the three years.</summary>
    Pooled,

    /// <summary>The arithmetic mean of the three yearly values.</summary>
    SimpleMean,
}

/// <summary>An earlier result as far as threshold resolution needs it.</summary>
public sealed record PriorResult(string Code, int FiscalYear, KpiPeriodBasis Basis, int? PeriodFrom, string? AsOf, decimal? Value,
    decimal? Numerator, decimal? Denominator);

/// <summary>
/// A threshold resolved from results, or the reason it is not. <see cref="ResultCodes"/> and <see cref="Years"/> say which rows
/// and years it used; the average fields keep both forms of a 3-year average where they can be computed.
/// </summary>
public sealed record ThresholdResolution
{
    public decimal? Threshold { get; init; }
    public string? UnresolvedReason { get; init; }
    public IReadOnlyList<string> ResultCodes { get; init; } = [];
    public IReadOnlyList<int> Years { get; init; } = [];

    /// <summary>The previous year's result the rule compares with (PRIOR_YEAR, PRIOR_YEAR_END, MAX_PRIOR_OR_AVERAGE_3Y).</summary>
    public decimal? PriorYearValue { get; init; }
    public decimal? SimpleMean3Y { get; init; }
    public decimal? Pooled3Y { get; init; }
    public decimal? PrintedAverage3Y { get; init; }

    /// <summary>The average the threshold uses, where it uses one.</summary>
    public AverageForm? AverageForm { get; init; }

    public static ThresholdResolution Unresolved(string reason, IEnumerable<string>? codes = null, IEnumerable<int>? years = null) =>
        new() { UnresolvedReason = reason, ResultCodes = [.. codes ?? []], Years = [.. years ?? []] };
}

/// <summary>
/// Resolves the thresholds that a rule makes mechanical from results the warehouse holds, and never guesses: where a needed result is
/// absent, conflicting, of another period basis or of another method version, the threshold stays unresolved with the reason.
/// "Previous year" is the fiscal year before the target's (seed 004 L905-L945: the FY2024 report's 前年度 thresholds 95.6 %
/// and 82.10 % are the FY2023 results), not the latest year a plan printed when it was written.
/// </summary>
public static class ThresholdResolver
{
    /// <param name="rule">The target's rule.</param>
    /// <param name="fiscalYear">The target's year.</param>
    /// <param name="isRatio">The KPI is a ratio (a percentage, or a printed denominator): a 3-year average of a ratio may be pooled.</param>
    /// <param name="results">The same org unit's and KPI's full-period results (any year).</param>
    /// <param name="methodVersion">The KPI's method version of a year (null where the KPI has one definition throughout).</param>
    /// <returns>Null for rules that do not resolve from results (ABSOLUTE, AS_OF_DATE, INCREMENT, …).</returns>
    public static ThresholdResolution? Resolve(KpiTargetRule rule, int fiscalYear, bool isRatio, IReadOnlyCollection<PriorResult> results,
        Func<int, int?> methodVersion)
    {
        switch (rule)
        {
            case KpiTargetRule.PriorYear or KpiTargetRule.PriorYearEnd:
            {
                var prior = PriorYear(rule, fiscalYear, results, methodVersion);
                return prior.Value is { } v
                    ? new ThresholdResolution { Threshold = v, PriorYearValue = v, ResultCodes = prior.Codes, Years = [fiscalYear - 1] }
                    : ThresholdResolution.Unresolved(prior.Reason!, prior.Codes, [fiscalYear - 1]);
            }
            case KpiTargetRule.Average3Y:
                return Average(fiscalYear, isRatio, results, methodVersion);
            case KpiTargetRule.MaxPriorOrAverage3Y:
            {
                var prior = PriorYear(KpiTargetRule.PriorYear, fiscalYear, results, methodVersion);
                var average = Average(fiscalYear, isRatio, results, methodVersion);
                var codes = prior.Codes.Concat(average.ResultCodes).Distinct().Order(StringComparer.Ordinal).ToArray();
                var both = average with { PriorYearValue = prior.Value, ResultCodes = codes };
                if (prior.Value is { } p && average.Threshold is { } a)
                {
                    return both with { Threshold = Math.Max(p, a) };
                }
                var reasons = new[] { prior.Reason, average.UnresolvedReason }.Where(r => r is not null);
                return both with { Threshold = null, AverageForm = null, UnresolvedReason = string.Join("; ", reasons) };
            }
            default:
                return null;
        }
    }

    /// <summary>The 3-year average over FY−3…FY−1 in both forms, and the form a threshold would use (null = none is safe).</summary>
    public static ThresholdResolution Average(int fiscalYear, bool isRatio, IReadOnlyCollection<PriorResult> results, Func<int, int?> methodVersion)
    {
        int[] years = [fiscalYear - 3, fiscalYear - 2, fiscalYear - 1];
        var target = methodVersion(fiscalYear);
        var changed = years.Where(y => methodVersion(y) != target).ToArray();
        var printed = results.Where(r => r.Basis == KpiPeriodBasis.Average3Y && r.FiscalYear == fiscalYear - 1 && r.PeriodFrom == fiscalYear - 3
            && r.Value is not null).OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();
        var yearly = new List<PriorResult>();
        var missing = new List<int>();
        string? conflict = null;
        foreach (var year in years)
        {
            var rows = FullYear(results, year, yearEnd: false);
            if (rows.Length == 0)
            {
                missing.Add(year);
                continue;
            }
            if (rows.Select(r => r.Value).Distinct().Count() > 1)
            {
                conflict ??= $"conflicting FY{year} results: {Describe(rows)}";
                continue;
            }
            yearly.AddRange(rows);
        }
        var firstPerYear = yearly.GroupBy(r => r.FiscalYear).Select(g => g.First()).ToArray();
        decimal? mean = firstPerYear.Length == 3 ? firstPerYear.Sum(r => r.Value!.Value) / 3 : null;
        decimal? pooled = firstPerYear.Length == 3 && firstPerYear.All(r => r.Numerator is not null && r.Denominator is > 0)
            ? firstPerYear.Sum(r => r.Numerator!.Value) / firstPerYear.Sum(r => r.Denominator!.Value) * (isRatio ? 100 : 1)
            : null;
        var printedValue = printed.Select(r => r.Value).Distinct().Count() == 1 ? printed[0].Value : null;
        var codes = yearly.Select(r => r.Code).Concat(printed.Select(r => r.Code)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var resolution = new ThresholdResolution
        {
            SimpleMean3Y = mean, Pooled3Y = pooled, PrintedAverage3Y = printedValue, ResultCodes = codes, Years = years,
        };
        if (changed.Length > 0)
        {
            return resolution with
            {
                UnresolvedReason = $"the KPI's method changed within FY{years[0]}-FY{fiscalYear}: FY{string.Join(", FY", changed)} on another definition than FY{fiscalYear}",
            };
        }
        if (printedValue is { } p)
        {
            return resolution with { Threshold = p, AverageForm = Kpis.AverageForm.PrintedAverage };
        }
        if (conflict is not null)
        {
            return resolution with { UnresolvedReason = conflict };
        }
        if (missing.Count > 0)
        {
            return resolution with { UnresolvedReason = $"no full-year result for FY{string.Join(", FY", missing)} (the 3-year average needs FY{years[0]}-FY{years[2]})" };
        }
        if (pooled is { } pool)
        {
            return resolution with { Threshold = pool, AverageForm = Kpis.AverageForm.Pooled };
        }
        if (!isRatio)
        {
            return resolution with { Threshold = mean, AverageForm = Kpis.AverageForm.SimpleMean };
        }
        return resolution with
        {
            UnresolvedReason = "the KPI is a ratio and its 3-year average may be pooled (Σnum/Σden, seed-001 L1849: 89.9 % printed against a mean of 90.03 %), "
                + "but numerators and denominators are not printed for all three years; the simple mean is kept, not used",
        };
    }

    private static (decimal? Value, string? Reason, string[] Codes) PriorYear(KpiTargetRule rule, int fiscalYear, IReadOnlyCollection<PriorResult> results,
        Func<int, int?> methodVersion)
    {
        var prior = fiscalYear - 1;
        var rows = FullYear(results, prior, yearEnd: rule == KpiTargetRule.PriorYearEnd);
        var codes = rows.Select(r => r.Code).ToArray();
        if (rows.Length == 0)
        {
            var basis = rule == KpiTargetRule.PriorYearEnd ? "year-end" : "full-year";
            return (null, $"no {basis} FY{prior} result of this org unit and KPI in the warehouse", codes);
        }
        if (methodVersion(prior) != methodVersion(fiscalYear))
        {
            return (null, $"the KPI's method changed between FY{prior} and FY{fiscalYear}; the FY{prior} result ({Describe(rows)}) is on another definition", codes);
        }
        if (rows.Select(r => r.Value).Distinct().Count() > 1)
        {
            return (null, $"conflicting FY{prior} results: {Describe(rows)}", codes);
        }
        return (rows[0].Value, null, codes);
    }

    /// <summary>A year's whole-year (or year-end) values: 年度 / 年度末, or for a year-end rule the claim month March of the next calendar year.</summary>
    private static PriorResult[] FullYear(IEnumerable<PriorResult> results, int year, bool yearEnd) =>
        results.Where(r => r.FiscalYear == year && r.Value is not null && (yearEnd
                ? r.Basis == KpiPeriodBasis.FiscalYearEnd || (r.Basis == KpiPeriodBasis.ClaimMonth && r.AsOf == $"{year + 1}-03")
                : r.Basis is KpiPeriodBasis.FiscalYear or KpiPeriodBasis.FiscalYearEnd))
            .OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();

    private static string Describe(IEnumerable<PriorResult> rows) => string.Join(", ", rows.Select(r => $"{r.Code} = {r.Value}"));
}
