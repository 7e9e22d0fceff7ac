using KenpoGraph.Domain.Kpis;

namespace KenpoGraph.Domain.Tests;

public sealed class ThresholdResolverTests
{
    private static readonly Func<int, int?> OneDefinition = _ => null;

    private static PriorResult Year(string code, int year, decimal value, KpiPeriodBasis basis = KpiPeriodBasis.FiscalYearEnd,
        decimal? numerator = null, decimal? denominator = null, string? asOf = null) =>
        new(code, year, basis, null, asOf, value, numerator, denominator);

    private static PriorResult Average(string code, int lastYear, decimal value) =>
        new(code, lastYear, KpiPeriodBasis.Average3Y, lastYear - 2, null, value, null, null);

    // seed-001 L1845-L1849: seafarers' card return within one month, 令和2-4年度末 and the printed 3-year average
    private static readonly PriorResult[] SeafarersCardReturn =
        [Year("R0017", 2020, 90.8m), Year("R0018", 2021, 90.3m), Year("R0019", 2022, 89.0m), Average("R0020", 2022, 89.9m)];

    [Fact]
    public void Prior_year_is_the_previous_fiscal_year_s_result_as_the_FY2024_report_prints_it()
    {
        // seed-002 L73 national FY2023 postal rate 95.6 %; seed-004 L905-L908 prints the FY2024 threshold 95.6 %
        var postal = ThresholdResolver.Resolve(KpiTargetRule.PriorYear, 2024, true,
            [Year("R0053", 2022, 95.7m, KpiPeriodBasis.FiscalYear), Year("R0054", 2023, 95.6m, KpiPeriodBasis.FiscalYear)], OneDefinition)!;
        Assert.Equal(95.6m, postal.Threshold);
        Assert.Equal(["R0054"], postal.ResultCodes);
        Assert.Equal([2023], postal.Years);
        // seed-002 L216 national FY2023 card return 82.10 %; seed-004 L933-L945 prints 82.10 %
        Assert.Equal(82.10m, ThresholdResolver.Resolve(KpiTargetRule.PriorYear, 2024, true,
            [Year("R0069", 2023, 82.10m, KpiPeriodBasis.FiscalYear)], OneDefinition)!.Threshold);
        // seed-003 L1275 Yamanashi FY2023 postal 92.6 %; L1261-L1271 prints the FY2024 threshold 92.6 %
        Assert.Equal(92.6m, ThresholdResolver.Resolve(KpiTargetRule.PriorYear, 2024, true,
            [Year("R0147", 2023, 92.6m, KpiPeriodBasis.FiscalYear)], OneDefinition)!.Threshold);
    }

    [Fact]
    public void Prior_year_stays_unresolved_without_the_result_with_conflicting_results_or_across_a_method_change()
    {
        var none = ThresholdResolver.Resolve(KpiTargetRule.PriorYear, 2025, true, [Year("R0054", 2023, 95.6m, KpiPeriodBasis.FiscalYear)], OneDefinition)!;
        Assert.Null(none.Threshold);
        Assert.Contains("no full-year FY2024 result", none.UnresolvedReason);
        // A year-to-date value (Mie's chart at 2024-10, seed-002 L71) is no full-year result
        Assert.Null(ThresholdResolver.Resolve(KpiTargetRule.PriorYear, 2025, true,
            [Year("R0052", 2024, 95.9m, KpiPeriodBasis.AsOfDate, asOf: "2024-10")], OneDefinition)!.Threshold);
        var conflict = ThresholdResolver.Resolve(KpiTargetRule.PriorYear, 2024, true,
            [Year("R1", 2023, 63.35m, KpiPeriodBasis.FiscalYear), Year("R2", 2023, 53.29m, KpiPeriodBasis.FiscalYear)], OneDefinition)!;
        Assert.Null(conflict.Threshold);
        Assert.Contains("conflicting FY2023 results", conflict.UnresolvedReason);
        // 査定率: 令和6年度より協会単独の点検査定率へ変更 (seed-002 L188): FY2023's 0.423 % (L180) is no FY2024 threshold
        var changed = ThresholdResolver.Resolve(KpiTargetRule.PriorYear, 2024, true, [Year("R0064", 2023, 0.423m, KpiPeriodBasis.FiscalYear)],
            year => year <= 2023 ? 1 : 2)!;
        Assert.Null(changed.Threshold);
        Assert.Contains("method changed", changed.UnresolvedReason);
        Assert.Equal(["R0064"], changed.ResultCodes);
    }

    [Fact]
    public void Prior_year_end_takes_the_year_end_value_or_the_March_claim_month()
    {
        // seed-004 L632-L636: national generic share 83.6 % for March 2024 claims
        var generic = ThresholdResolver.Resolve(KpiTargetRule.PriorYearEnd, 2024, true,
            [Year("R0181", 2023, 83.6m, KpiPeriodBasis.ClaimMonth, asOf: "2024-03")], OneDefinition)!;
        Assert.Equal(83.6m, generic.Threshold);
        // Mie's chart value for FY2023 (seed-002 L792) is a yearly value, not stated as the year end
        Assert.Null(ThresholdResolver.Resolve(KpiTargetRule.PriorYearEnd, 2024, true,
            [Year("R0101", 2023, 82.8m, KpiPeriodBasis.FiscalYear)], OneDefinition)!.Threshold);
    }

    [Fact]
    public void A_3_year_average_keeps_both_forms_and_uses_the_printed_one_where_the_source_prints_it()
    {
        // seed-001 L1880-L1884: high-cost applications 69.6, 75.8, 81.5 → printed 75.6; the mean 75.63 rounds to the printed figure
        PriorResult[] highCost = [Year("R0029", 2020, 69.6m), Year("R0030", 2021, 75.8m), Year("R0031", 2022, 81.5m), Average("R0032", 2022, 75.6m)];
        var average = ThresholdResolver.Resolve(KpiTargetRule.Average3Y, 2023, true, highCost, OneDefinition)!;
        Assert.Equal(75.6m, average.Threshold);
        Assert.Equal(AverageForm.PrintedAverage, average.AverageForm);
        Assert.Equal(75.6m, Math.Round(average.SimpleMean3Y!.Value, 1));
        Assert.Null(average.Pooled3Y);
        Assert.Equal(["R0029", "R0030", "R0031", "R0032"], average.ResultCodes);
        Assert.Equal([2020, 2021, 2022], average.Years);
        // seed-001 L1885-L1890: 81.7, 83.3, 84.2 → printed 83.1 = the mean 83.07 rounded
        Assert.Equal(83.1m, Math.Round(ThresholdResolver.Average(2023, true,
            [Year("R0033", 2020, 81.7m), Year("R0034", 2021, 83.3m), Year("R0035", 2022, 84.2m)], OneDefinition).SimpleMean3Y!.Value, 1));
    }

    [Fact]
    public void The_printed_89_9_is_not_the_mean_of_the_printed_rates_so_a_rate_s_average_is_not_guessed()
    {
        // seed-001 L1849: 89.9 % printed; the mean of 90.8, 90.3 and 89.0 is 90.03, so the publisher pooled Σnum/Σden
        var printed = ThresholdResolver.Average(2023, true, SeafarersCardReturn, OneDefinition);
        Assert.Equal(89.9m, printed.Threshold);
        Assert.Equal(90.03m, Math.Round(printed.SimpleMean3Y!.Value, 2));
        Assert.NotEqual(89.9m, Math.Round(printed.SimpleMean3Y!.Value, 1));
        // Without the printed average and without numerators the form is unknown: unresolved, the mean kept beside
        var unprinted = ThresholdResolver.Average(2023, true, SeafarersCardReturn[..3], OneDefinition);
        Assert.Null(unprinted.Threshold);
        Assert.Equal(90.03m, Math.Round(unprinted.SimpleMean3Y!.Value, 2));
        Assert.Contains("pooled", unprinted.UnresolvedReason);
        // seed-001 L1850-L1861: current-year refunds 83.4, 80.3, 67.5 → 75.7 printed (mean 77.07); prior-year 12.8, 9.0, 16.0 → 12.7 (mean 12.60)
        Assert.Equal(77.07m, Math.Round(ThresholdResolver.Average(2023, true,
            [Year("R0021", 2020, 83.4m), Year("R0022", 2021, 80.3m), Year("R0023", 2022, 67.5m)], OneDefinition).SimpleMean3Y!.Value, 2));
        Assert.Equal(12.60m, Math.Round(ThresholdResolver.Average(2023, true,
            [Year("R0025", 2020, 12.8m), Year("R0026", 2021, 9.0m), Year("R0027", 2022, 16.0m)], OneDefinition).SimpleMean3Y!.Value, 2));
    }

    [Fact]
    public void A_pooled_average_is_sum_of_numerators_over_sum_of_denominators_and_is_preferred_to_the_mean()
    {
        // Yamanashi's referral line prints 3,484 of 9,924 = 35.1 % (seed-003 L1157-L1159); three such years pool
        PriorResult[] years =
        [
            Year("A", 2021, 35.1m, KpiPeriodBasis.FiscalYear, 3484, 9924), Year("B", 2022, 20.0m, KpiPeriodBasis.FiscalYear, 100, 500),
            Year("C", 2023, 50.0m, KpiPeriodBasis.FiscalYear, 50, 100),
        ];
        var average = ThresholdResolver.Average(2024, true, years, OneDefinition);
        Assert.Equal(AverageForm.Pooled, average.AverageForm);
        Assert.Equal(Math.Round((3484m + 100 + 50) / (9924 + 500 + 100) * 100, 6), Math.Round(average.Threshold!.Value, 6));
        Assert.Equal(Math.Round((35.1m + 20.0m + 50.0m) / 3, 6), Math.Round(average.SimpleMean3Y!.Value, 6));
    }

    [Fact]
    public void A_count_s_average_is_the_simple_mean()
    {
        // seed-001 L1973-L1984: website accesses 1,294,598, 1,219,376, 1,241,586 → printed 1,251,853 (mean 1,251,853.33)
        PriorResult[] accesses = [Year("R0045", 2020, 1_294_598m), Year("R0046", 2021, 1_219_376m), Year("R0047", 2022, 1_241_586m)];
        var average = ThresholdResolver.Average(2023, false, accesses, OneDefinition);
        Assert.Equal(AverageForm.SimpleMean, average.AverageForm);
        Assert.Equal(1_251_853m, Math.Floor(average.Threshold!.Value));
        // The counting method changed in FY2023 (L1979-L1982): FY2024's window FY2021-FY2023 mixes definitions
        var changed = ThresholdResolver.Average(2024, false, [.. accesses, Year("X", 2023, 1m)], year => year <= 2022 ? 1 : 2);
        Assert.Null(changed.Threshold);
        Assert.Contains("method changed", changed.UnresolvedReason);
    }

    [Fact]
    public void Max_of_prior_year_and_average_gives_89_9_for_the_window_the_seed_prints_and_nothing_for_FY2024()
    {
        // For a target on FY2020-FY2022 (a FY2023 target): max(89.0, 89.9) = 89.9
        var fy2023 = ThresholdResolver.Resolve(KpiTargetRule.MaxPriorOrAverage3Y, 2023, true, SeafarersCardReturn, OneDefinition)!;
        Assert.Equal(89.9m, fy2023.Threshold);
        Assert.Equal(89.0m, fy2023.PriorYearValue);
        Assert.Equal(AverageForm.PrintedAverage, fy2023.AverageForm);
        // seed-001 L1880-L1884: max(81.5, 75.6) = 81.5, last year higher
        Assert.Equal(81.5m, ThresholdResolver.Resolve(KpiTargetRule.MaxPriorOrAverage3Y, 2023, true,
            [Year("R0029", 2020, 69.6m), Year("R0030", 2021, 75.8m), Year("R0031", 2022, 81.5m), Average("R0032", 2022, 75.6m)], OneDefinition)!.Threshold);
        // The FY2024 target (seed-001 L1832-L1835) needs FY2023 and FY2021-FY2023, which the seeds do not print
        var fy2024 = ThresholdResolver.Resolve(KpiTargetRule.MaxPriorOrAverage3Y, 2024, true, SeafarersCardReturn, OneDefinition)!;
        Assert.Null(fy2024.Threshold);
        Assert.Null(fy2024.AverageForm);
        Assert.Contains("no full-year FY2023 result", fy2024.UnresolvedReason);
    }

    [Fact]
    public void Other_rules_do_not_resolve_from_results()
    {
        Assert.Null(ThresholdResolver.Resolve(KpiTargetRule.Absolute, 2024, true, [], OneDefinition));
        Assert.Null(ThresholdResolver.Resolve(KpiTargetRule.Increment, 2024, false, [], OneDefinition));
        Assert.Null(ThresholdResolver.Resolve(KpiTargetRule.AsOfDate, 2024, true, [], OneDefinition));
    }
}
