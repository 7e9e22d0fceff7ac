namespace KenpoGraph.Domain.Incentives;

/// <summary>One indicator of one branch: its inputs, deviation scores, and its score (素点) within the scheme's range.</summary>
/// <param name="RawScore">The weighted deviation scores before the score range is applied.</param>
/// <param name="Rank">The branch's place among all branches on this indicator (by raw score, then value, then code).</param>
public sealed record IndicatorScore(int Number, decimal Value, decimal? PreviousValue, decimal? Improvement,
    double LevelT, double? ImprovementT, decimal RawScore, decimal Score, int Rank);

public sealed record RankingEntry(
    string BranchCode,
    IReadOnlyList<IndicatorScore> Indicators,
    decimal Total,
    int Rank,
    bool Rewarded,
    decimal Reward,
    decimal RateReductionPercent,
    decimal FundingRatePercent,
    decimal PremiumBase)
{
    /// <summary>What the scheme does to the branch's premium rate: funding added minus reduction earned (percentage points).</summary>
    public decimal NetEffectPercent => FundingRatePercent - RateReductionPercent;
}

public sealed record IncentiveResult(IncentiveScheme Scheme, int ResultsYear, int PremiumYear, decimal Pool, IReadOnlyList<RankingEntry> Entries);

/// <summary>
/// Ranks the branches for one results year (pure; no I/O). Assumptions (docs/domain.md "Assumptions") where the sources
/// are silent: T = 50 + 10·(x − mean)/sd (population sd) over the yardstick distribution the scheme
/// names (<see cref="Standardisation"/>); an indicator's score is the
/// weighted level and improvement T-scores clamped to [ScoreMin, ScoreMax] (seed 003 L156: 素点 50–80);
/// ties go to the higher score on ①, then ②, …, then the lower branch code; the pool is Σ funding rate ×
/// base; a rewarded branch's share is proportional to (its total − the first unrewarded total) × its base.
/// </summary>
public static class IncentiveRanking
{
    public static IncentiveResult Compute(IncentiveScheme scheme, int resultsYear, IReadOnlyList<BranchIndicators> branches)
    {
        if (!scheme.Covers(resultsYear))
        {
            throw new IncentiveInputException($"Scheme {scheme.Code} does not cover FY{resultsYear} results.");
        }
        // A fixed order makes every sum, and so every result, independent of the order of the input.
        var ordered = branches.OrderBy(b => b.BranchCode, StringComparer.Ordinal).ToArray();
        Validate(scheme, resultsYear, ordered);

        var scores = ordered.ToDictionary(b => b.BranchCode, _ => new List<IndicatorScore>(), StringComparer.Ordinal);
        foreach (var indicator in scheme.Indicators)
        {
            var levels = ordered.Select(b => b.Values[indicator.Number]).ToArray();
            var previous = scheme.NeedsPreviousYear(indicator) ? ordered.Select(b => b.PreviousValues[indicator.Number]).ToArray() : null;
            var improvements = indicator.ScoresImprovement ? levels.Select((v, i) => v - previous![i]).ToArray() : null;
            double[] levelT;
            double[]? improvementT;
            if (scheme.Standardisation == Standardisation.ResultsYear)
            {
                (levelT, improvementT) = (TScores(levels), improvements is null ? null : TScores(improvements));
            }
            else
            {
                var yardstick = Yardstick.Of(previous!);
                levelT = [.. levels.Select(yardstick.LevelT)];
                if (scheme.NeedsTwoYearsBefore(indicator))
                {
                    // The previous year's 47 improvements (its values over the year before it) are the improvement's yardstick.
                    var improvementYardstick = Yardstick.Of([.. previous!.Select((v, i) => v - ordered[i].ValuesTwoYearsBefore![indicator.Number])]);
                    improvementT = [.. improvements!.Select(improvementYardstick.LevelT)];
                }
                else
                {
                    improvementT = improvements?.Select(yardstick.ImprovementT).ToArray();
                }
            }
            var raw = levels.Select((_, i) => improvements is null
                ? (decimal)levelT[i]
                : scheme.LevelWeight * (decimal)levelT[i] + scheme.ImprovementWeight * (decimal)improvementT![i]).ToArray();
            var indicatorRanks = RanksOf(ordered, raw, levels);
            for (var i = 0; i < ordered.Length; i++)
            {
                scores[ordered[i].BranchCode].Add(new IndicatorScore(indicator.Number, levels[i], previous?[i], improvements?[i], levelT[i],
                    improvementT?[i], raw[i], Math.Clamp(raw[i], scheme.ScoreMin, scheme.ScoreMax), indicatorRanks[i]));
            }
        }

        var ranked = ordered
            .Select(b => (Branch: b, Scores: scores[b.BranchCode], Total: scores[b.BranchCode].Sum(s => s.Score)))
            .OrderByDescending(x => x.Total)
            .ThenByDescending(x => x.Scores, TieBreak.Instance)
            .ThenBy(x => x.Branch.BranchCode, StringComparer.Ordinal)
            .ToArray();

        var pool = ordered.Sum(b => b.RemunerationBase * scheme.FundingRatePercent / 100m);
        var rewardedCount = Math.Min(scheme.RewardedBranches, ranked.Length);
        var threshold = rewardedCount < ranked.Length ? ranked[rewardedCount].Total : ranked[^1].Total;
        var shares = ranked.Take(rewardedCount).Select(x => Math.Max(0m, x.Total - threshold) * x.Branch.RemunerationBase).ToArray();
        if (shares.Sum() == 0m)
        {
            // Every rewarded total equals the first unrewarded one: share by premium base alone.
            shares = ranked.Take(rewardedCount).Select(x => x.Branch.RemunerationBase).ToArray();
        }
        var rewards = Apportion(pool, shares);

        var entries = ranked.Select((x, i) =>
        {
            var reward = i < rewardedCount ? rewards[i] : 0m;
            var reduction = x.Branch.RemunerationBase == 0m ? 0m : reward / x.Branch.RemunerationBase * 100m;
            return new RankingEntry(x.Branch.BranchCode, x.Scores, x.Total, i + 1, i < rewardedCount, reward, reduction, scheme.FundingRatePercent,
                x.Branch.RemunerationBase);
        }).ToArray();
        return new IncentiveResult(scheme, resultsYear, scheme.PremiumYear(resultsYear), pool, entries);
    }

    private static void Validate(IncentiveScheme scheme, int resultsYear, BranchIndicators[] branches)
    {
        foreach (var branch in branches)
        {
            foreach (var indicator in scheme.Indicators)
            {
                if (!branch.Values.ContainsKey(indicator.Number))
                {
                    throw new MissingIncentiveValueException(
                        $"Branch {branch.BranchCode} has no value for indicator {indicator.Number} ({indicator.NameJa}, {indicator.MeasureCode}) in FY{resultsYear}: the year cannot be ranked.");
                }
                if (scheme.NeedsPreviousYear(indicator) && !branch.PreviousValues.ContainsKey(indicator.Number))
                {
                    throw new MissingIncentiveValueException(
                        $"Branch {branch.BranchCode} has no value for indicator {indicator.Number} ({indicator.NameJa}, {indicator.MeasureCode}) in FY{resultsYear - 1}, which scoring " +
                            $"FY{resultsYear} needs: the year cannot be ranked.");
                }
                if (scheme.NeedsTwoYearsBefore(indicator) && branch.ValuesTwoYearsBefore?.ContainsKey(indicator.Number) != true)
                {
                    throw new MissingIncentiveValueException(
                        $"Branch {branch.BranchCode} has no value for indicator {indicator.Number} ({indicator.NameJa}, {indicator.MeasureCode}) in FY{resultsYear - 2}, which scoring " +
                            $"FY{resultsYear} against the previous year's improvements needs: the year cannot be ranked.");
                }
            }
        }
    }

    /// <summary>Each branch's place on one indicator: higher raw score first, then higher value, then branch code.</summary>
    private static int[] RanksOf(BranchIndicators[] branches, decimal[] raw, decimal[] values)
    {
        var order = Enumerable.Range(0, branches.Length)
            .OrderByDescending(i => raw[i]).ThenByDescending(i => values[i]).ThenBy(i => branches[i].BranchCode, StringComparer.Ordinal).ToArray();
        var ranks = new int[branches.Length];
        for (var place = 0; place < order.Length; place++)
        {
            ranks[order[place]] = place + 1;
        }
        return ranks;
    }

    /// <summary>
    /// The previous year's distribution as a fixed yardstick: a level scores 50 at last year's mean and 10
    /// per last year's standard deviation; an improvement scores 50 for no change and 10 per that deviation
    /// (<see cref="ImprovementScale.PreviousYearLevels"/>). Built from last year's improvements, its LevelT scores an improvement
    /// under <see cref="ImprovementScale.PreviousYearImprovements"/>.
    /// </summary>
    private readonly record struct Yardstick(double Mean, double Sd)
    {
        public static Yardstick Of(IReadOnlyList<decimal> previous)
        {
            var x = previous.Select(v => (double)v).ToArray();
            var mean = x.Sum() / x.Length;
            return new Yardstick(mean, Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / x.Length));
        }

        public double LevelT(decimal value) => Sd == 0 ? 50.0 : 50.0 + 10.0 * ((double)value - Mean) / Sd;

        public double ImprovementT(decimal change) => Sd == 0 ? 50.0 : 50.0 + 10.0 * (double)change / Sd;
    }

    /// <summary>Deviation scores (偏差値) with the population standard deviation; all 50 when every value is equal.</summary>
    internal static double[] TScores(IReadOnlyList<decimal> values)
    {
        var x = values.Select(v => (double)v).ToArray();
        var mean = x.Sum() / x.Length;
        var sd = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / x.Length);
        return x.Select(v => sd == 0 ? 50.0 : 50.0 + 10.0 * (v - mean) / sd).ToArray();
    }

    /// <summary>Splits the pool in proportion to the shares, in whole yen, by largest remainder: Σ = the pool rounded to the yen.</summary>
    internal static decimal[] Apportion(decimal pool, IReadOnlyList<decimal> shares)
    {
        var total = shares.Sum();
        if (shares.Count == 0 || total == 0m)
        {
            return new decimal[shares.Count];
        }
        var target = Math.Round(pool, 0, MidpointRounding.AwayFromZero);
        var exact = shares.Select(s => pool * s / total).ToArray();
        var floors = exact.Select(Math.Floor).ToArray();
        var left = (int)(target - floors.Sum());
        foreach (var i in exact.Select((e, i) => (Remainder: e - floors[i], Index: i)).OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).Take(Math.Max(0, left)).Select(r => r.Index))
        {
            floors[i] += 1m;
        }
        return floors;
    }

    /// <summary>Higher score on ①, then ②, …</summary>
    private sealed class TieBreak : IComparer<List<IndicatorScore>>
    {
        public static readonly TieBreak Instance = new();

        public int Compare(List<IndicatorScore>? x, List<IndicatorScore>? y)
        {
            for (var i = 0; i < Math.Min(x!.Count, y!.Count); i++)
            {
                var order = x[i].Score.CompareTo(y[i].Score);
                if (order != 0)
                {
                    return order;
                }
            }
            return 0;
        }
    }
}
