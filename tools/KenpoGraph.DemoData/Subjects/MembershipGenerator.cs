using KenpoGraph.DemoData.Calibration;
using KenpoGraph.DemoData.Shaping;
using KenpoGraph.Domain.Provenance;
using static KenpoGraph.DemoData.Shaping.Rounding;

namespace KenpoGraph.DemoData.Subjects;

/// <summary>
/// Membership of every branch: counts apportioned from the published national series by largest remainder
/// (so that the 47 branches sum to it exactly), members = insured + dependants, the average standard monthly
/// remuneration calibrated to the published national average, and the total standard remuneration (premium base).
/// </summary>
internal static class MembershipGenerator
{
    public const string Members = "membership.members";
    public const string Insured = "membership.insured";
    public const string Dependants = "membership.dependants";
    public const string VoluntaryContinuation = "membership.voluntary_continuation_insured";
    public const string Employers = "membership.employers";
    public const string AverageRemuneration = "membership.average_standard_monthly_remuneration";
    public const string TotalRemuneration = "membership.total_standard_remuneration";

    /// <summary>Shares drift around this year; the census year of the weights.</summary>
    private const int ShapeYear = 2020;

    /// <summary>Assumption: bonuses add about 18 % to twelve months of standard monthly remuneration.</summary>
    private const double BonusShare = 0.18;

    public static void Generate(DemoContext context)
    {
        var noise = context.NoiseFor(1);
        var book = context.Book;
        // Employment structure differs: a branch's share of insured persons is its population share, perturbed.
        var insuredBase = context.Prefectures.Select(p => (double)p.PopulationThousands * (1 + 0.10 * noise.Symmetric())).ToArray();
        var shapes = new (string Measure, double[] Base, double Drift)[]
        {
            (Insured, insuredBase, 0.004),
            (Dependants, [.. insuredBase.Select(s => s * (1 + 0.08 * noise.Symmetric()))], 0.004),
            (VoluntaryContinuation, [.. insuredBase.Select(s => s * (1 + 0.15 * noise.Symmetric()))], 0.006),
            (Employers, [.. insuredBase.Select(s => s * (1 + 0.15 * noise.Symmetric()))], 0.004),
        };
        foreach (var (measure, baseShares, drift) in shapes)
        {
            var drifts = baseShares.Select(_ => drift * noise.Symmetric()).ToArray();
            foreach (var year in context.Years)
            {
                var weights = baseShares
                    .Select((s, b) => (decimal)(s * (1 + drifts[b] * (year - ShapeYear)) * (1 + 0.002 * noise.Symmetric())))
                    .ToArray();
                var fixedCounts = context.Branches.Select(b => (long?)book.Published(b, measure, year)).ToArray();
                var national = (long)NationalTarget(context, measure, year);
                var counts = Apportionment.LargestRemainder(national - fixedCounts.Sum(c => c ?? 0),
                    [.. weights.Select((w, b) => fixedCounts[b] is null ? w : 0m)]);
                for (var b = 0; b < context.Branches.Count; b++)
                {
                    book.AddUnlessPublished(context.Branches[b], measure, year, fixedCounts[b] ?? counts[b], ValueBasis.FiscalYearEnd);
                }
            }
        }
        foreach (var year in context.Years)
        {
            foreach (var branch in context.Branches)
            {
                book.AddUnlessPublished(branch, Members, year,
                    book.Value(branch, Insured, year) + book.Value(branch, Dependants, year), ValueBasis.FiscalYearEnd);
            }
        }
        GenerateRemuneration(context, noise);
    }

    /// <summary>
    /// The published national figure, in base units; after the last published year the trend of the last two
    /// continues (FY2025 = FY2024 × FY2024 ÷ FY2023), rounded to a whole unit.
    /// </summary>
    public static decimal NationalTarget(DemoContext context, string measure, int year)
    {
        if (context.Book.National(measure, year) is { } published)
        {
            return published;
        }
        if (year - 2 < context.FirstYear)
        {
            throw new InvalidOperationException($"no published national {measure} to continue for FY{year}");
        }
        var last = NationalTarget(context, measure, year - 1);
        return Whole(last * last / NationalTarget(context, measure, year - 2));
    }

    private static void GenerateRemuneration(DemoContext context, Noise noise)
    {
        var book = context.Book;
        var drifts = context.Branches.Select(_ => 0.003 * noise.Symmetric()).ToArray();
        var bonusShares = context.Branches.Select(_ => BonusShare + 0.02 * noise.Symmetric()).ToArray();
        foreach (var year in context.Years)
        {
            var insured = context.Values(Insured, year);
            var target = NationalTarget(context, AverageRemuneration, year);
            // Relative levels (metropolitan higher), scaled so their insured-weighted mean is the national value.
            var levels = context.Prefectures
                .Select((p, b) => p.RemunerationIndex * (decimal)((1 + drifts[b] * (year - ShapeYear)) * (1 + 0.002 * noise.Symmetric())))
                .ToArray();
            var mean = WeightedMeanCalibration.WeightedMean(levels, insured);
            var fixedValues = context.Branches.Select(b => book.Published(b, AverageRemuneration, year)).ToArray();
            var averages = WeightedMeanCalibration.Calibrate([.. levels.Select(l => target * l / mean)], insured, fixedValues, target, step: 1m);
            for (var b = 0; b < context.Branches.Count; b++)
            {
                var branch = context.Branches[b];
                book.AddUnlessPublished(branch, AverageRemuneration, year, averages[b], ValueBasis.FiscalYearAverage);
                var bonus = Math.Round((decimal)(bonusShares[b] + 0.004 * noise.Symmetric()), 4);
                var total = book.Value(branch, Insured, year) * book.Value(branch, AverageRemuneration, year) * 12m * (1m + bonus);
                book.AddUnlessPublished(branch, TotalRemuneration, year, Whole(total), ValueBasis.Period);
            }
        }
    }
}
