namespace KenpoGraph.Domain.Incentives;

/// <summary>How one indicator is scored: on its level, and on its improvement over the previous year unless it is itself a change measure.</summary>
/// <param name="MeasureCode">The branch measure holding the indicator's value (incentive.i1.value …).</param>
public sealed record IndicatorRule(int Number, string MeasureCode, string NameJa, bool ScoresImprovement);

/// <summary>Which distribution a deviation score (偏差値) is measured against.</summary>
public enum Standardisation
{
    /// <summary>
    /// The 47 branches' values of the year before the results year: a yardstick fixed before the year
    /// starts, so a branch's scores depend on its own results only. Raising one branch's indicator then
    /// never lowers its rank or reward (the invariant the product asks for).
    /// </summary>
    PreviousYear,

    /// <summary>
    /// The 47 branches' values of the results year itself (the literal reading of 偏差値方式). Another
    /// branch's improvement moves everyone's scores, so raising a value can lower a rank or reward.
    /// </summary>
    ResultsYear,
}

/// <summary>
/// What an improvement (a branch's value minus its own value the year before) is measured against under
/// <see cref="Standardisation.PreviousYear"/>: the two literal readings of 偏差値方式 applied to 上昇幅 (docs/domain.md
/// "The scoring, exactly as computed"). Under <see cref="Standardisation.ResultsYear"/> improvements are measured against
/// the results year's own 47 improvements whichever is named.
/// </summary>
public enum ImprovementScale
{
    /// <summary>
    /// The previous year's spread of <em>levels</em>, with mean 0: 50 + 10·Δ/s, s the population standard deviation of the
    /// 47 values of the year before the results year (the shipped reading).
    /// </summary>
    PreviousYearLevels,

    /// <summary>
    /// The previous year's 47 <em>improvements</em> (its values over the year before it): 50 + 10·(Δ − mean)/sd of those;
    /// needs each branch's value two years before the results year.
    /// </summary>
    PreviousYearImprovements,
}

/// <summary>
/// The インセンティブ制度 as it applies to a span of results years (docs/domain.md "The incentive system").
/// Every parameter is data (db/seed/incentive_scheme_parameters.csv, read by <see cref="IncentiveSchemeParameters"/>),
/// each marked there as stated by a source or assumed.
/// </summary>
public sealed record IncentiveScheme(
    string Code,
    int FirstResultsYear,
    int? LastResultsYear,
    IReadOnlyList<IndicatorRule> Indicators,
    decimal LevelWeight,
    decimal ImprovementWeight,
    decimal ScoreMin,
    decimal ScoreMax,
    int RewardedBranches,
    decimal FundingRatePercent,
    int PremiumYearOffset,
    Standardisation Standardisation,
    ImprovementScale ImprovementScale = ImprovementScale.PreviousYearLevels)
{
    public bool Covers(int resultsYear) => resultsYear >= FirstResultsYear && (LastResultsYear is null || resultsYear <= LastResultsYear);

    /// <summary>Results of fiscal year N set the premium rate of fiscal year N+2.</summary>
    public int PremiumYear(int resultsYear) => resultsYear + PremiumYearOffset;

    /// <summary>True when scoring needs the year before the results year (an improvement, or the yardstick).</summary>
    public bool NeedsPreviousYear(IndicatorRule indicator) => indicator.ScoresImprovement || Standardisation == Standardisation.PreviousYear;

    /// <summary>True when scoring needs the value two years before the results year (the previous year's improvements as yardstick).</summary>
    public bool NeedsTwoYearsBefore(IndicatorRule indicator) =>
        indicator.ScoresImprovement && Standardisation == Standardisation.PreviousYear && ImprovementScale == ImprovementScale.PreviousYearImprovements;
}
