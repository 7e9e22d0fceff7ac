using System.Globalization;

namespace KenpoGraph.Domain.Incentives;

/// <summary>Whether a scheme parameter is stated by a source or assumed where the sources are silent.</summary>
public enum ParameterBasis
{
    /// <summary>Stated by a source document (with its locator).</summary>
    Source,

    /// <summary>Stated on the association's public web pages, outside the seed documents (the note gives the address).</summary>
    PublicPage,

    /// <summary>Not stated anywhere we hold: a default chosen and explained in the data (docs/domain.md "Assumptions").</summary>
    Assumption,
}

/// <summary>
/// The named parameters a scheme version is made of, as the seed spells them, and how they become an
/// <see cref="IncentiveScheme"/>. Rules that have a single supported form (tie rule, reward rule,
/// deviation-score method, premium base) are parameters too, so the data states and marks them.
/// </summary>
public static class IncentiveSchemeParameters
{
    public const string RewardedBranches = "rewarded_branches";
    public const string FundingRatePercent = "funding_rate_percent";
    public const string PremiumYearOffset = "premium_year_offset";
    public const string ScoringMethod = "scoring_method";
    public const string Standardisation = "standardisation";
    public const string ImprovementScale = "improvement_scale";
    public const string LevelWeight = "level_weight";
    public const string ImprovementWeight = "improvement_weight";
    public const string ScoreMin = "score_min";
    public const string ScoreMax = "score_max";
    public const string TieRule = "tie_rule";
    public const string RewardRule = "reward_rule";
    public const string PremiumBase = "premium_base";

    /// <summary>Parameters with one supported value: the engine implements exactly that rule.</summary>
    public static IReadOnlyDictionary<string, string> FixedRules { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ScoringMethod] = "DEVIATION_SCORE",
        [TieRule] = "INDICATOR_ORDER_THEN_CODE",
        [RewardRule] = "MARGIN_OVER_FIRST_UNREWARDED_TIMES_BASE",
        [PremiumBase] = "membership.total_standard_remuneration",
    };

    /// <summary>Every parameter a scheme version must have, in display order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        RewardedBranches, FundingRatePercent, PremiumYearOffset, ScoringMethod, Standardisation, ImprovementScale, LevelWeight, ImprovementWeight,
        ScoreMin, ScoreMax, TieRule, RewardRule, PremiumBase,
    ];

    /// <summary>
    /// Builds a scheme from its parameter values; every value that is missing or wrong is reported as
    /// (parameter, message), and the scheme is null when there is any.
    /// </summary>
    public static (IncentiveScheme? Scheme, IReadOnlyList<(string Parameter, string Message)> Problems) Build(string code, int firstResultsYear,
        int? lastResultsYear, IReadOnlyList<IndicatorRule> indicators, IReadOnlyDictionary<string, string> values)
    {
        var problems = new List<(string, string)>();
        foreach (var name in Names.Where(n => !values.ContainsKey(n)))
        {
            problems.Add((name, $"scheme {code} has no '{name}' parameter"));
        }
        foreach (var (name, expected) in FixedRules)
        {
            if (values.TryGetValue(name, out var value) && value != expected)
            {
                problems.Add((name, $"'{value}' is not supported; the engine implements {name} = {expected}"));
            }
        }
        decimal Number(string name, decimal min, decimal max)
        {
            if (!values.TryGetValue(name, out var text))
            {
                return 0m;
            }
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            {
                problems.Add((name, $"'{text}' is not a number from {min} to {max}"));
            }
            return value;
        }
        var rewarded = Number(RewardedBranches, 1, 47);
        var funding = Number(FundingRatePercent, 0, 1);
        var offset = Number(PremiumYearOffset, 0, 5);
        var levelWeight = Number(LevelWeight, 0, 1);
        var improvementWeight = Number(ImprovementWeight, 0, 1);
        var scoreMin = Number(ScoreMin, 0, 100);
        var scoreMax = Number(ScoreMax, 0, 100);
        var standardisation = Incentives.Standardisation.PreviousYear;
        if (values.TryGetValue(Standardisation, out var standardisationText) && !EnumCode.TryParse(standardisationText, out standardisation))
        {
            problems.Add((Standardisation, $"'{standardisationText}' is not one of {string.Join(", ", Enum.GetValues<Standardisation>().Select(EnumCode.Of))}"));
        }
        var improvementScale = Incentives.ImprovementScale.PreviousYearLevels;
        if (values.TryGetValue(ImprovementScale, out var scaleText) && !EnumCode.TryParse(scaleText, out improvementScale))
        {
            problems.Add((ImprovementScale, $"'{scaleText}' is not one of {string.Join(", ", Enum.GetValues<ImprovementScale>().Select(EnumCode.Of))}"));
        }
        if (rewarded != decimal.Truncate(rewarded) || offset != decimal.Truncate(offset))
        {
            problems.Add((rewarded != decimal.Truncate(rewarded) ? RewardedBranches : PremiumYearOffset, "must be a whole number"));
        }
        if (values.ContainsKey(LevelWeight) && values.ContainsKey(ImprovementWeight) && levelWeight + improvementWeight != 1m)
        {
            problems.Add((ImprovementWeight, $"level_weight + improvement_weight must be 1 (they are {levelWeight} + {improvementWeight})"));
        }
        if (values.ContainsKey(ScoreMin) && values.ContainsKey(ScoreMax) && scoreMin > scoreMax)
        {
            problems.Add((ScoreMax, $"score_max {scoreMax} is below score_min {scoreMin}"));
        }
        if (indicators.Count == 0)
        {
            problems.Add(("indicators", $"scheme {code} has no indicators"));
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        return (new IncentiveScheme(code, firstResultsYear, lastResultsYear, [.. indicators.OrderBy(i => i.Number)], levelWeight, improvementWeight,
            scoreMin, scoreMax, (int)rewarded, funding, (int)offset, standardisation, improvementScale), problems);
    }
}
