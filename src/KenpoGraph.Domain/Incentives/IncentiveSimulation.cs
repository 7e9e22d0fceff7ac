namespace KenpoGraph.Domain.Incentives;

/// <summary>A what-if: one branch's value of one indicator in the results year set to <paramref name="Value"/>.</summary>
public sealed record IndicatorChange(string BranchCode, int Indicator, decimal Value);

/// <summary>What a simulation did to one branch.</summary>
/// <param name="Passed">Branches ranked above this one before and below it after.</param>
/// <param name="FellBehind">Branches ranked below this one before and above it after.</param>
public sealed record RankingMove(RankingEntry Before, RankingEntry After, IReadOnlyList<string> Passed, IReadOnlyList<string> FellBehind)
{
    public string BranchCode => After.BranchCode;

    /// <summary>Positive when the branch moved up (rank 16 → 12 is +4).</summary>
    public int RankChange => Before.Rank - After.Rank;

    public decimal RewardChange => After.Reward - Before.Reward;

    /// <summary>Change in the net effect on the premium rate (percentage points; negative is a lower rate).</summary>
    public decimal NetEffectChange => After.NetEffectPercent - Before.NetEffectPercent;
}

public sealed record SimulationResult(IncentiveResult Baseline, IncentiveResult Simulated, IReadOnlyList<RankingMove> Moves);

/// <summary>
/// Ranks a results year twice, as recorded and with changed indicator values (and possibly another
/// scheme), and says what moved. The inputs are never modified: the baseline stays what it was.
/// </summary>
public static class IncentiveSimulation
{
    public static SimulationResult Run(IncentiveScheme baselineScheme, IncentiveScheme simulatedScheme, int resultsYear,
        IReadOnlyList<BranchIndicators> branches, IReadOnlyList<IndicatorChange> changes)
    {
        var byCode = branches.ToDictionary(b => b.BranchCode, StringComparer.Ordinal);
        var changed = new Dictionary<string, Dictionary<int, decimal>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, int)>();
        foreach (var change in changes)
        {
            if (!byCode.ContainsKey(change.BranchCode))
            {
                throw new IncentiveInputException($"Branch {change.BranchCode} is not one of the ranked branches.");
            }
            if (simulatedScheme.Indicators.All(i => i.Number != change.Indicator))
            {
                throw new IncentiveInputException(
                    $"Indicator {change.Indicator} is not an indicator of scheme {simulatedScheme.Code} (it has {string.Join(", ", simulatedScheme.Indicators.Select(i => i.Number))}).");
            }
            if (!seen.Add((change.BranchCode, change.Indicator)))
            {
                throw new IncentiveInputException($"Indicator {change.Indicator} of branch {change.BranchCode} is changed twice.");
            }
            if (!changed.TryGetValue(change.BranchCode, out var values))
            {
                values = changed[change.BranchCode] = new Dictionary<int, decimal>(byCode[change.BranchCode].Values);
            }
            values[change.Indicator] = change.Value;
        }
        var simulatedBranches = branches.Select(b => changed.TryGetValue(b.BranchCode, out var values) ? b with { Values = values } : b).ToArray();

        var baseline = IncentiveRanking.Compute(baselineScheme, resultsYear, branches);
        var simulated = IncentiveRanking.Compute(simulatedScheme, resultsYear, simulatedBranches);
        var before = baseline.Entries.ToDictionary(e => e.BranchCode, StringComparer.Ordinal);
        var after = simulated.Entries.ToDictionary(e => e.BranchCode, StringComparer.Ordinal);
        var moves = simulated.Entries.Select(entry =>
        {
            var was = before[entry.BranchCode];
            var passed = baseline.Entries.Where(o => o.Rank < was.Rank && after[o.BranchCode].Rank > entry.Rank).Select(o => o.BranchCode).ToArray();
            var fellBehind = baseline.Entries.Where(o => o.Rank > was.Rank && after[o.BranchCode].Rank < entry.Rank).Select(o => o.BranchCode).ToArray();
            return new RankingMove(was, entry, passed, fellBehind);
        }).ToArray();
        return new SimulationResult(baseline, simulated, moves);
    }
}
