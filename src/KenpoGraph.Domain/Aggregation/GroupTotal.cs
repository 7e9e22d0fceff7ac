using KenpoGraph.Domain.Measures;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Domain.Rollups;

namespace KenpoGraph.Domain.Aggregation;

/// <summary>
/// One branch-year's part of an ad-hoc group: the BRANCH roll-up row of the measure (its value, and the numerator and
/// denominator the measure's rule adds up). <paramref name="Contributes"/> is false for a branch figure that cannot join a
/// roll-up (a weighted mean without its weight), which the group counts but does not add up.
/// </summary>
public sealed record BranchPart(string Branch, int FiscalYear, decimal? Value, decimal? Numerator, decimal? Denominator, bool Contributes, Quality Quality);

/// <summary>
/// A group's figures by its measure's rule, from its branch parts, exactly as the materialised roll-ups add them up
/// (<see cref="MeasureRule.Roll"/>): SUM Σ value; RATIO Σ numerators ÷ Σ denominators × scale; WEIGHTED_MEAN
/// Σ(value·weight) ÷ Σ weight; never a mean of rates. A group of a single branch-year is that row as it is (its value is
/// the branch's own figure, the printed one where the sources print it, as rollup(level: BRANCH) gives it).
/// </summary>
public sealed record GroupTotal(decimal? Value, decimal? Numerator, decimal? Denominator, int Count, int Contributors, Quality Quality, BranchSpread? Spread)
{
    public static GroupTotal Of(MeasureRule rule, IReadOnlyList<BranchPart> parts)
    {
        if (parts.Count == 0)
        {
            throw new ArgumentException("A group has at least one branch part.", nameof(parts));
        }
        if (parts.Count == 1)
        {
            var only = parts[0];
            return new GroupTotal(only.Value, only.Numerator, only.Denominator, 1, only.Contributes ? 1 : 0, only.Quality, null);
        }
        var contributing = parts.Where(p => p.Contributes).ToArray();
        var total = rule.Roll(contributing.Select(p => new RollupValue(rule, p.Numerator ?? 0m,
            rule.Aggregation == AggregationRule.Sum ? null : p.Denominator ?? 0m, 1)));
        var quality = ComputedQuality.Combined((contributing.Length > 0 ? contributing : parts).Select(p => p.Quality));
        return new GroupTotal(total.Value,
            total.Contributors == 0 ? null : total.Numerator,
            total.Contributors == 0 ? null : total.Denominator,
            parts.Count, total.Contributors, quality,
            BranchSpread.Of(contributing.Where(p => p.Value is not null).Select(p => p.Value!.Value).ToArray()));
    }
}
