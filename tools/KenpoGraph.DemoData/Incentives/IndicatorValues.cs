using KenpoGraph.DemoData.Subjects;
using static KenpoGraph.DemoData.Shaping.Rounding;

namespace KenpoGraph.DemoData.Incentives;

/// <summary>
/// The incentive indicators' numerators and denominators while they are being made, and the values the warehouse will
/// rank: a branch's printed value where the sources print one (the roll-up shows its own printed figure), else
/// Σ numerator ÷ Σ denominator × 100 exactly as the roll-up computes it.
/// </summary>
internal sealed class IndicatorValues(DemoContext context, Dictionary<(string Branch, int Year, int Indicator), decimal> numerators,
    Dictionary<(string Branch, int Year, int Indicator), decimal> denominators)
{
    public const int Count = 5;

    /// <summary>The range a demonstration value stays in when it is bent (percent): ① 25–85, ② 3–50, ③ 15–60, ④ 2–25, ⑤ 55–99.</summary>
    public static (double Low, double High) Bounds(int indicator) => indicator switch
    {
        1 => (25, 85),
        2 => (3, 50),
        3 => (15, 60),
        4 => (2, 25),
        _ => (55, 99),
    };

    private readonly Dictionary<(string Branch, int Year, int Indicator), (double Low, double High)> _restricted = [];

    /// <summary>The range a demonstration value of this branch and year stays in: <see cref="Bounds(int)"/>, or narrower where restricted.</summary>
    public (double Low, double High) Bounds(string branch, int year, int indicator) =>
        _restricted.TryGetValue((branch, year, indicator), out var range) ? range : Bounds(indicator);

    /// <summary>Keeps a demonstration value within [low, high] from now on (moving it there), so that later bending stays inside.</summary>
    public void Restrict(string branch, int year, int indicator, double low, double high)
    {
        var (lowest, highest) = Bounds(branch, year, indicator);
        _restricted[(branch, year, indicator)] = (Math.Max(lowest, low), Math.Min(highest, high));
        var value = (double)Value(branch, year, indicator);
        if (value < low || value > high)
        {
            Set(branch, year, indicator, (decimal)Math.Clamp(value, low, high));
        }
    }

    public DemoContext Context => context;

    public bool IsPublished(string branch, int year, int indicator) =>
        context.Book.IsPublished(branch, IncentiveIndicatorGenerator.Value(indicator), year);

    public decimal Value(string branch, int year, int indicator) =>
        context.Book.Published(branch, IncentiveIndicatorGenerator.Value(indicator), year)
        ?? numerators[(branch, year, indicator)] / denominators[(branch, year, indicator)] * 100m;

    /// <summary>Sets a demonstration value: the numerator becomes that share of the denominator, in whole counts, within [0, denominator].</summary>
    public void Set(string branch, int year, int indicator, decimal percent)
    {
        if (IsPublished(branch, year, indicator))
        {
            throw new InvalidOperationException($"indicator {indicator} of {branch} in FY{year} is published and cannot be bent");
        }
        var denominator = denominators[(branch, year, indicator)];
        numerators[(branch, year, indicator)] = Math.Clamp(Whole(percent / 100m * denominator), 0m, denominator);
    }

    /// <summary>The numerators and denominators of a year, to put back with <see cref="Restore"/>.</summary>
    public IReadOnlyDictionary<(string Branch, int Year, int Indicator), (decimal Numerator, decimal Denominator)> Snapshot(int year) =>
        numerators.Keys.Where(k => k.Year == year).ToDictionary(k => k, k => (numerators[k], denominators[k]));

    public void Restore(IReadOnlyDictionary<(string Branch, int Year, int Indicator), (decimal Numerator, decimal Denominator)> snapshot)
    {
        foreach (var (key, (numerator, denominator)) in snapshot)
        {
            numerators[key] = numerator;
            denominators[key] = denominator;
        }
    }

    /// <summary>The smallest step a demonstration value can take: one count of its denominator, in percentage points.</summary>
    public decimal Resolution(string branch, int year, int indicator) => 100m / denominators[(branch, year, indicator)];

    /// <summary>
    /// Moves the national share (Σ numerators ÷ Σ denominators) of an indicator to <paramref name="nationalPercent"/> to its printed
    /// precision without changing any branch's value: each demonstration branch's denominator and numerator are scaled by the same
    /// factor 1 + c·(its value − the target), |c·…| ≤ 30 %, with c found by bisection, so branches above the target weigh more
    /// when the share must rise. Published branches keep their counts.
    /// </summary>
    public void ReweightToNationalShare(int year, int indicator, decimal nationalPercent)
    {
        var free = context.Branches.Where(b => !IsPublished(b, year, indicator)).ToArray();
        var rates = free.ToDictionary(b => b, b => numerators[(b, year, indicator)] / denominators[(b, year, indicator)]);
        var bases = free.ToDictionary(b => b, b => denominators[(b, year, indicator)]);
        var target = nationalPercent / 100m;
        decimal National(decimal c, bool write)
        {
            decimal num = 0m, den = 0m;
            foreach (var branch in context.Branches)
            {
                if (!bases.TryGetValue(branch, out var baseDenominator))
                {
                    num += numerators[(branch, year, indicator)];
                    den += denominators[(branch, year, indicator)];
                    continue;
                }
                var factor = 1m + Math.Clamp(c * (rates[branch] - target), -0.3m, 0.3m);
                var d = Whole(baseDenominator * factor);
                var n = Whole(rates[branch] * d);
                if (write)
                {
                    denominators[(branch, year, indicator)] = d;
                    numerators[(branch, year, indicator)] = n;
                }
                num += n;
                den += d;
            }
            return num / den;
        }
        var half = 0.0005m;
        if (Math.Abs(National(0m, write: false) - target) < half)
        {
            return;
        }
        decimal low = -1_000m, high = 1_000m;
        if ((National(low, false) - target) * (National(high, false) - target) > 0)
        {
            // Weights alone cannot get there: every demonstration value moves by the same amount first (ranks may then
            // move; the printed national share wins over a published rank), and the weights do the rest.
            var shift = target - National(0m, false);
            foreach (var branch in free)
            {
                rates[branch] = Math.Clamp(rates[branch] + shift, 0m, 1m);
            }
        }
        for (var step = 0; step < 200; step++)
        {
            var middle = (low + high) / 2m;
            var share = National(middle, false);
            if (Math.Abs(share - target) < half / 2m)
            {
                National(middle, write: true);
                return;
            }
            if ((share - target) * (National(low, false) - target) > 0)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }
        throw new InvalidOperationException($"FY{year}: indicator {indicator}'s national share does not converge to {nationalPercent} %");
    }
}
