namespace KenpoGraph.Domain.Incentives;

/// <summary>How one indicator is scored: on its level, and on its improvement over the previous year unless it is itself a change measure.</summary>
public sealed record IndicatorRule(int Number, string Code, string NameJa, bool ScoresImprovement);

/// <summary>
/// The インセンティブ制度 as it applies to a span of results years (DOMAIN.md "The incentive system").
/// Every parameter is data (db/seed); values the sources do not state are listed in <see cref="Assumptions"/>.
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
    IReadOnlyList<string> Assumptions)
{
    public bool Covers(int resultsYear) => resultsYear >= FirstResultsYear && (LastResultsYear is null || resultsYear <= LastResultsYear);

    /// <summary>Results of fiscal year N set the premium rate of fiscal year N+2.</summary>
    public int PremiumYear(int resultsYear) => resultsYear + PremiumYearOffset;
}
