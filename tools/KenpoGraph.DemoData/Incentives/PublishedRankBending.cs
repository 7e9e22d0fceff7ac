using KenpoGraph.Domain.Incentives;
using KenpoGraph.DemoData.Subjects;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.DemoData.Incentives;

/// <summary>A published rank the ranking of the shipped data does not give (indicator 0: the overall rank).</summary>
internal sealed record RankMismatch(int ResultsYear, string Branch, int Indicator, int Published, int Computed);

/// <summary>
/// Bends the demonstration indicator values so that the shipped scheme ranks every branch where a rank is published
/// (incentive_published_ranks.csv: seeds and public pages, overall and per indicator), results year by results year.
/// <para>
/// Under the shipped standardisation (PREVIOUS_YEAR) an indicator's raw score is an increasing function of the branch's own
/// value, with a yardstick fixed by the year before; so an order of raw scores can be chosen first and each demonstration
/// value read back from it. Per indicator with published ranks, the branches are put in order (the published ones in their
/// places, the others in their present order) and the present raw scores are handed out down that order, within the
/// published values' fixed scores, kept apart by a gap worth a few counts. Then overall ranks: a branch placed too low
/// raises its scores (or the branches wrongly above it lower theirs) on indicators where that crosses no branch with a
/// published rank on that indicator, and the reverse; only scores between 50 and 80 count, as the scheme clamps them.
/// Published values are never moved. Up to twenty passes, each from the shaped values with other gaps and margins, and the best is kept; what still disagrees is left as it is:
/// <see cref="Mismatches"/> reports it, and the test names it.
/// </para>
/// </summary>
internal static class PublishedRankBending
{
    private const int Passes = 20;

    public static void Bend(DemoContext context, IndicatorValues values)
    {
        var schemes = ShippedSchemes.Of(context.Incentives);
        foreach (var year in context.Incentives.PublishedRanks.Select(r => r.ResultsYear).Distinct().Order())
        {
            if (ShippedSchemes.For(schemes, year) is not { } scheme || !context.Years.Contains(year - 1)
                || (scheme.Indicators.Any(scheme.NeedsTwoYearsBefore) && !context.Years.Contains(year - 2)))
            {
                continue;
            }
            if (scheme.Standardisation != Standardisation.PreviousYear)
            {
                throw new InvalidOperationException($"scheme {scheme.Code}: bending to published ranks needs PREVIOUS_YEAR standardisation");
            }
            var published = context.Incentives.PublishedRanks.Where(r => r.ResultsYear == year).ToArray();
            var national = context.Book.National(IncentiveIndicatorGenerator.Value(5), year);
            var start = values.Snapshot(year);
            var best = (Snapshot: start, Misses: int.MaxValue);
            for (var pass = 0; pass < Passes && best.Misses > 0; pass++)
            {
                // Every pass starts from the shaped values: ten with ever wider gaps between neighbours (2, 4 … 20 counts) and
                // totals two gaps apart, then ten with gaps of two or four counts and ever wider margins between totals.
                values.Restore(start);
                var (gapCounts, marginGaps) = pass < 10 ? (2 + 2 * pass, 2) : (2 + pass % 2 * 2, 1 + (pass - 10) / 2);
                var state = new YearScores(context, values, scheme, year, gapCounts, marginGaps);
                state.OrderIndicators(published);
                state.PlaceTotals(published);
                state.Write();
                if (national is { } share)
                {
                    // The printed national share wins: ⑤'s weights (and if need be its level) are moved back to it.
                    values.ReweightToNationalShare(year, 5, share);
                }
                var misses = Mismatches(context, values, scheme, year).Count;
                if (misses < best.Misses)
                {
                    best = (values.Snapshot(year), misses);
                }
            }
            values.Restore(best.Snapshot);
        }
    }

    /// <summary>Every published rank of <paramref name="year"/> that the ranking of <paramref name="values"/> does not give.</summary>
    public static IReadOnlyList<RankMismatch> Mismatches(DemoContext context, IndicatorValues values, IncentiveScheme scheme, int year)
    {
        var branches = context.Branches.Select(b => new BranchIndicators(b,
            scheme.Indicators.ToDictionary(i => i.Number, i => values.Value(b, year, i.Number)),
            scheme.Indicators.ToDictionary(i => i.Number, i => values.Value(b, year - 1, i.Number)),
            context.Book.Value(b, MembershipGenerator.TotalRemuneration, year),
            context.Years.Contains(year - 2) ? scheme.Indicators.ToDictionary(i => i.Number, i => values.Value(b, year - 2, i.Number)) : null)).ToArray();
        var result = IncentiveRanking.Compute(scheme, year, branches);
        return Compare(result, context.Incentives.PublishedRanks.Where(r => r.ResultsYear == year));
    }

    public static IReadOnlyList<RankMismatch> Compare(IncentiveResult result, IEnumerable<IncentivePublishedRank> published)
    {
        var entries = result.Entries.ToDictionary(e => e.BranchCode, StringComparer.Ordinal);
        return
        [
            .. published.Select(p => (p, Computed: p.Indicator == IncentivePublishedRank.Overall
                    ? entries[p.OrgUnitCode].Rank
                    : entries[p.OrgUnitCode].Indicators.First(i => i.Number == p.Indicator).Rank))
                .Where(x => x.Computed != x.p.Rank)
                .Select(x => new RankMismatch(result.ResultsYear, x.p.OrgUnitCode, x.p.Indicator, x.p.Rank, x.Computed)),
        ];
    }

    /// <summary>One results year's raw scores (weighted deviation scores before the 50–80 range), as the engine computes them.</summary>
    private sealed class YearScores
    {
        private readonly DemoContext _context;
        private readonly IndicatorValues _values;
        private readonly IncentiveScheme _scheme;
        private readonly int _year;
        private readonly string[] _branches;
        private readonly IndicatorRule[] _indicators;
        private readonly double[,] _raw;
        private readonly double[,] _original;
        private readonly double[] _mean;
        private readonly double[] _sd;
        private readonly double[] _gap;
        private readonly double[] _improvementMean;
        private readonly double[] _improvementSd;

        private readonly int _marginGaps;

        public YearScores(DemoContext context, IndicatorValues values, IncentiveScheme scheme, int year, int gapCounts, int marginGaps)
        {
            _marginGaps = marginGaps;
            (_context, _values, _scheme, _year) = (context, values, scheme, year);
            _branches = [.. context.Branches];
            _indicators = [.. scheme.Indicators];
            _raw = new double[_branches.Length, _indicators.Length];
            _mean = new double[_indicators.Length];
            _sd = new double[_indicators.Length];
            _gap = new double[_indicators.Length];
            _improvementMean = new double[_indicators.Length];
            _improvementSd = new double[_indicators.Length];
            for (var i = 0; i < _indicators.Length; i++)
            {
                var number = _indicators[i].Number;
                var previous = _branches.Select(b => (double)values.Value(b, year - 1, number)).ToArray();
                // The engine's yardstick: mean and population standard deviation of the previous year's 47 values.
                _mean[i] = previous.Sum() / previous.Length;
                _sd[i] = Math.Sqrt(previous.Sum(v => (v - _mean[i]) * (v - _mean[i])) / previous.Length);
                // The improvement's yardstick: last year's levels with mean 0, or last year's 47 improvements (ImprovementScale).
                (_improvementMean[i], _improvementSd[i]) = (0, _sd[i]);
                if (scheme.NeedsTwoYearsBefore(_indicators[i]))
                {
                    var rises = _branches.Select((b, k) => previous[k] - (double)values.Value(b, year - 2, number)).ToArray();
                    _improvementMean[i] = rises.Sum() / rises.Length;
                    _improvementSd[i] = Math.Sqrt(rises.Sum(v => (v - _improvementMean[i]) * (v - _improvementMean[i])) / rises.Length);
                }
                var resolution = _branches.Where(b => !values.IsPublished(b, year, number)).Select(b => (double)values.Resolution(b, year, number)).DefaultIfEmpty(0).Max();
                _gap[i] = _sd[i] == 0 ? 0 : Math.Max(0.01, Slope(i) * gapCounts * resolution);
                for (var b = 0; b < _branches.Length; b++)
                {
                    _raw[b, i] = Raw(b, i, (double)values.Value(_branches[b], year, number));
                }
            }
            _original = (double[,])_raw.Clone();
        }

        private double Previous(int b, int i) => (double)_values.Value(_branches[b], _year - 1, _indicators[i].Number);

        private bool Free(int b, int i) => _sd[i] > 0 && !_values.IsPublished(_branches[b], _year, _indicators[i].Number);

        private double Raw(int b, int i, double value)
        {
            if (_sd[i] == 0)
            {
                return 50;
            }
            var level = 50 + 10 * (value - _mean[i]) / _sd[i];
            if (!_indicators[i].ScoresImprovement)
            {
                return level;
            }
            var improvement = _improvementSd[i] == 0 ? 50 : 50 + 10 * (value - Previous(b, i) - _improvementMean[i]) / _improvementSd[i];
            return (double)_scheme.LevelWeight * level + (double)_scheme.ImprovementWeight * improvement;
        }

        /// <summary>How much the raw score moves per percentage point of the value (Raw is linear in the value).</summary>
        private double Slope(int i) => _sd[i] == 0 ? 0
            : !_indicators[i].ScoresImprovement ? 10 / _sd[i]
            : 10 * ((double)_scheme.LevelWeight / _sd[i] + (_improvementSd[i] == 0 ? 0 : (double)_scheme.ImprovementWeight / _improvementSd[i]));

        /// <summary>The value whose raw score is <paramref name="raw"/> (the inverse of <see cref="Raw"/>).</summary>
        private double ValueOf(int b, int i, double raw)
        {
            var atZero = Raw(b, i, 0);
            return (raw - atZero) / Slope(i);
        }

        private int IndexOf(string branch) => Array.IndexOf(_branches, branch);


        public void OrderIndicators(IReadOnlyList<IncentivePublishedRank> published)
        {
            for (var i = 0; i < _indicators.Length; i++)
            {
                var places = published.Where(p => p.Indicator == _indicators[i].Number).ToDictionary(p => IndexOf(p.OrgUnitCode), p => p.Rank - 1);
                if (places.Count == 0 || _sd[i] == 0)
                {
                    continue;
                }
                var column = i;
                var order = new int[_branches.Length];
                Array.Fill(order, -1);
                foreach (var (b, slot) in places)
                {
                    order[slot] = b;
                }
                var openSlots = Enumerable.Range(0, order.Length).Where(slot => order[slot] < 0).ToArray();
                var others = Enumerable.Range(0, _branches.Length).Where(b => !places.ContainsKey(b)).OrderByDescending(b => _raw[b, column])
                    .ThenBy(b => _branches[b], StringComparer.Ordinal).ToList();
                // A published value without a published rank keeps its score, so it must sit below every published-and-placed score
                // above it and above every one below it: move it (among the open slots) where that holds.
                foreach (var fixedOther in others.Where(b => !Free(b, column)).ToArray())
                {
                    var raw = _raw[fixedOther, column];
                    var first = places.Where(p => !Free(p.Key, column) && _raw[p.Key, column] > raw).Select(p => p.Value + 1).DefaultIfEmpty(0).Max();
                    var last = places.Where(p => !Free(p.Key, column) && _raw[p.Key, column] < raw).Select(p => p.Value - 1).DefaultIfEmpty(order.Length - 1).Min();
                    var at = others.IndexOf(fixedOther);
                    var wanted = openSlots[at] < first ? Array.FindIndex(openSlots, slot => slot >= first)
                        : openSlots[at] > last ? Array.FindLastIndex(openSlots, slot => slot <= last)
                        : at;
                    if (wanted >= 0 && wanted != at)
                    {
                        others.RemoveAt(at);
                        others.Insert(wanted, fixedOther);
                    }
                }
                for (var k = 0; k < openSlots.Length; k++)
                {
                    order[openSlots[k]] = others[k];
                }
                var anchors = Enumerable.Range(0, order.Length).Where(s => !Free(order[s], column)).ToArray();
                if (anchors.Zip(anchors.Skip(1)).Any(pair => _raw[order[pair.First], i] <= _raw[order[pair.Second], i]))
                {
                    continue; // published values in the wrong order: no demonstration value can help
                }
                var bounds = new List<int> { -1 };
                bounds.AddRange(anchors);
                bounds.Add(order.Length);
                for (var k = 0; k + 1 < bounds.Count; k++)
                {
                    var (start, end) = (bounds[k] + 1, bounds[k + 1] - 1);
                    if (start > end)
                    {
                        continue;
                    }
                    var high = bounds[k] < 0 ? double.PositiveInfinity : _raw[order[bounds[k]], i];
                    var low = bounds[k + 1] >= order.Length ? double.NegativeInfinity : _raw[order[bounds[k + 1]], i];
                    Spread(i, order[start..(end + 1)], high, low);
                }
            }
        }

        /// <summary>Hands the segment's present raw scores out down its order, strictly decreasing, a gap apart, within (low, high).</summary>
        private void Spread(int i, int[] segment, double high, double low)
        {
            var scores = segment.Select(b => _raw[b, i]).OrderDescending().ToArray();
            var gap = _gap[i];
            var above = high;
            for (var j = 0; j < scores.Length; j++)
            {
                scores[j] = Math.Min(scores[j], above - gap);
                above = scores[j];
            }
            var below = low;
            for (var j = scores.Length - 1; j >= 0; j--)
            {
                scores[j] = Math.Max(scores[j], below + gap);
                below = scores[j];
            }
            if (!double.IsInfinity(high) && scores[0] > high - gap)
            {
                // Too many for the room: spread them evenly between the two fixed scores.
                for (var j = 0; j < scores.Length; j++)
                {
                    scores[j] = high - (high - low) * (j + 1) / (scores.Length + 1);
                }
            }
            for (var j = 0; j < segment.Length; j++)
            {
                _raw[segment[j], i] = scores[j];
            }
        }

        private double Score(int b, int i) => Math.Clamp(_raw[b, i], (double)_scheme.ScoreMin, (double)_scheme.ScoreMax);

        private double Total(int b) => Enumerable.Range(0, _indicators.Length).Sum(i => Score(b, i));

        /// <summary>The overall order as the engine ranks: total, then the scores of ①, ② …, then the branch code.</summary>
        private int[] Order()
        {
            var order = Enumerable.Range(0, _branches.Length).OrderByDescending(Total);
            for (var i = 0; i < _indicators.Length; i++)
            {
                var column = i;
                order = order.ThenByDescending(b => Score(b, column));
            }
            return [.. order.ThenBy(b => _branches[b], StringComparer.Ordinal)];
        }

        /// <summary>How far branch b's score on indicator i may rise (positive) or fall without crossing a branch with a published rank on i.</summary>
        private double Room(int b, int i, bool up, IReadOnlySet<(int Branch, int Indicator)> placed)
        {
            if (!Free(b, i))
            {
                return 0;
            }
            var own = _raw[b, i];
            var mine = placed.Contains((b, i));
            var limit = up ? double.PositiveInfinity : double.NegativeInfinity;
            for (var o = 0; o < _branches.Length; o++)
            {
                if (o == b || (!mine && !placed.Contains((o, i))))
                {
                    continue;
                }
                var other = _raw[o, i];
                if (up && other > own)
                {
                    limit = Math.Min(limit, other - _gap[i]);
                }
                else if (!up && other < own)
                {
                    limit = Math.Max(limit, other + _gap[i]);
                }
            }
            // A value stays within its plausible range.
            var (lowest, highest) = _values.Bounds(_branches[b], _year, _indicators[i].Number);
            var edge = Raw(b, i, up ? highest : lowest);
            limit = up ? Math.Min(limit, edge) : Math.Max(limit, edge);
            var (min, max) = ((double)_scheme.ScoreMin, (double)_scheme.ScoreMax);
            return up ? Math.Max(0, Math.Min(limit, max) - Math.Max(own, min)) : Math.Max(0, Math.Min(own, max) - Math.Max(limit, min));
        }

        /// <summary>Moves branch b's total by up to <paramref name="amount"/> (its sign the direction); returns what it moved.</summary>
        private double Move(int b, double amount, IReadOnlySet<(int, int)> placed)
        {
            var up = amount > 0;
            var left = Math.Abs(amount);
            foreach (var i in Enumerable.Range(0, _indicators.Length).OrderByDescending(i => Room(b, i, up, placed)))
            {
                var room = Room(b, i, up, placed);
                if (room <= 0 || left <= 0)
                {
                    continue;
                }
                var step = Math.Min(room, left);
                var (min, max) = ((double)_scheme.ScoreMin, (double)_scheme.ScoreMax);
                _raw[b, i] = up ? Math.Max(_raw[b, i], min) + step : Math.Min(_raw[b, i], max) - step;
                left -= step;
            }
            return Math.Abs(amount) - left;
        }

        public void PlaceTotals(IReadOnlyList<IncentivePublishedRank> published)
        {
            var placed = published.Where(p => p.Indicator != IncentivePublishedRank.Overall)
                .Select(p => (IndexOf(p.OrgUnitCode), Array.FindIndex(_indicators, r => r.Number == p.Indicator))).ToHashSet();
            var overall = published.Where(p => p.Indicator == IncentivePublishedRank.Overall).ToDictionary(p => IndexOf(p.OrgUnitCode), p => p.Rank - 1);
            // Totals are kept apart by more than rounding a value to whole counts can move them.
            var margin = Math.Max(0.02, _marginGaps * _gap.Max());
            for (var round = 0; round < 100; round++)
            {
                var before = (double[,])_raw.Clone();
                var anyWrong = false;
                foreach (var (b, slot) in overall.OrderBy(o => o.Value))
                {
                    var order = Order();
                    var now = Array.IndexOf(order, b);
                    if (now == slot)
                    {
                        continue;
                    }
                    anyWrong = true;
                    var others = order.Where(o => o != b).ToArray();
                    if (now > slot)
                    {
                        // Too low: rise above the branch that should follow; if that is not enough, the branches above that can
                        // fall furthest fall below it, as many as are wrongly above.
                        Move(b, Between(slot > 0 ? Total(others[slot - 1]) : double.PositiveInfinity, Total(others[slot]), margin, down: false) - Total(b), placed);
                        var above = Order().TakeWhile(o => o != b).Where(o => !overall.ContainsKey(o))
                            .OrderBy(o => Total(o) - Reach(o, up: false, placed)).ToArray();
                        var excess = Array.IndexOf(Order(), b) - slot;
                        foreach (var o in above.Take(Math.Max(0, excess)))
                        {
                            Move(o, -(Total(o) - Total(b) + margin), placed);
                        }
                    }
                    else
                    {
                        // Too high: fall below the branch that should precede; if that is not enough, the branches below that can
                        // rise furthest rise above it, as many as are missing above.
                        Move(b, Between(Total(others[slot - 1]), slot < others.Length ? Total(others[slot]) : double.NegativeInfinity, margin, down: true) - Total(b), placed);
                        var below = Order().SkipWhile(o => o != b).Skip(1).Where(o => !overall.ContainsKey(o))
                            .OrderByDescending(o => Total(o) + Reach(o, up: true, placed)).ToArray();
                        var missing = slot - Array.IndexOf(Order(), b);
                        foreach (var o in below.Take(Math.Max(0, missing)))
                        {
                            Move(o, Total(b) - Total(o) + margin, placed);
                        }
                    }
                }
                if (!anyWrong || Same(before, _raw))
                {
                    return;
                }
            }
        }

        /// <summary>
        /// The total to aim for between the totals of the branches that should precede (<paramref name="upper"/>) and follow
        /// (<paramref name="lower"/>): a margin inside the near one, or halfway when the two are closer than two margins, so that
        /// a branch moved into a narrow slot does not overshoot it and swing back on the next round.
        /// </summary>
        private static double Between(double upper, double lower, double margin, bool down) =>
            upper - lower < 2 * margin ? (upper + lower) / 2 : down ? upper - margin : lower + margin;

        /// <summary>How far a branch's total can move in one direction without crossing a published indicator rank.</summary>
        private double Reach(int b, bool up, IReadOnlySet<(int, int)> placed) =>
            Enumerable.Range(0, _indicators.Length).Sum(i => Room(b, i, up, placed));

        private static bool Same(double[,] a, double[,] b) => a.Cast<double>().SequenceEqual(b.Cast<double>());

        /// <summary>Writes every demonstration value whose raw score moved.</summary>
        public void Write()
        {
            for (var b = 0; b < _branches.Length; b++)
            {
                for (var i = 0; i < _indicators.Length; i++)
                {
                    if (Free(b, i) && _raw[b, i] != _original[b, i])
                    {
                        var (lowest, highest) = _values.Bounds(_branches[b], _year, _indicators[i].Number);
                        _values.Set(_branches[b], _year, _indicators[i].Number, (decimal)Math.Clamp(ValueOf(b, i, _raw[b, i]), lowest, highest));
                    }
                }
            }
        }
    }
}
