using KenpoGraph.DemoData.Calibration;
using KenpoGraph.DemoData.Shaping;
using KenpoGraph.Domain.Provenance;
using static KenpoGraph.DemoData.Shaping.Rounding;

namespace KenpoGraph.DemoData.Subjects;

/// <summary>
/// Membership of every branch: counts apportioned from the published national series by largest remainder
/// (so that the 47 branches sum to it exactly), members = insured + dependants (plus the printed table's own rounding
/// in three years, so members sum exactly to their print too), the average standard monthly remuneration calibrated
/// to the published national average, and the total standard remuneration (premium base).
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
            SizeToPublishedTargets(context, measure, baseShares, drifts);
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
            var sums = context.Branches.Select(b => (long)(book.Value(b, Insured, year) + book.Value(b, Dependants, year))).ToArray();
            var rounding = MembersRounding(context, year, sums);
            for (var b = 0; b < context.Branches.Count; b++)
            {
                book.AddUnlessPublished(context.Branches[b], Members, year, sums[b] + rounding[b], ValueBasis.FiscalYearEnd);
            }
        }
        GenerateRemuneration(context, noise);
    }

    /// <summary>
    /// A branch whose checkup target population is printed (Yamanashi FY2024: 106,993 insured, 22,796 dependants, seed 003)
    /// is sized so that the target is the usual share of its members (<see cref="CheckupGenerator.InsuredTargetShare"/>,
    /// <see cref="CheckupGenerator.DependantTargetShare"/>) in that year: its weight is set so that its expected share of the
    /// national count is target ÷ share ÷ national count. The other branches absorb the difference.
    /// </summary>
    private static void SizeToPublishedTargets(DemoContext context, string measure, double[] baseShares, double[] drifts)
    {
        var (targetMeasure, share) = measure switch
        {
            Insured => (CheckupGenerator.LifestyleTarget, CheckupGenerator.InsuredTargetShare),
            Dependants => (CheckupGenerator.DependantTarget, CheckupGenerator.DependantTargetShare),
            _ => (null, 0.0),
        };
        if (targetMeasure is null)
        {
            return;
        }
        for (var b = 0; b < context.Branches.Count; b++)
        {
            var year = context.FirstPublishedYear(context.Branches[b], targetMeasure);
            if (year == 0 || context.Book.IsPublished(context.Branches[b], measure, year))
            {
                continue;
            }
            var wanted = (double)context.Book.Value(context.Branches[b], targetMeasure, year) / share / (double)NationalTarget(context, measure, year);
            var others = baseShares.Select((s, i) => i == b ? 0 : s * (1 + drifts[i] * (year - ShapeYear))).Sum();
            baseShares[b] = wanted * others / (1 - wanted) / (1 + drifts[b] * (year - ShapeYear));
        }
    }

    /// <summary>
    /// The printed members are rounded on their own: in FY2016 (+1), FY2019 (−1) and FY2021 (+1) the printed members differ from
    /// the printed insured + dependants by a thousand (seed 004's rounding). So that members, insured and dependants all sum
    /// exactly to their printed figures, each branch's members are its insured + dependants plus its share of that difference,
    /// apportioned by largest remainder in proportion to its insured + dependants (some 20 persons a branch); 0 in other years.
    /// </summary>
    private static long[] MembersRounding(DemoContext context, int year, long[] insuredPlusDependants)
    {
        if (context.Book.National(Members, year) is not { } members)
        {
            return new long[insuredPlusDependants.Length];
        }
        var difference = (long)members - insuredPlusDependants.Sum();
        if (Math.Abs(difference) > 1_000)
        {
            throw new InvalidOperationException($"FY{year}: printed members differ from insured + dependants by {difference}, more than the printed rounding allows");
        }
        var shares = Apportionment.LargestRemainder(Math.Abs(difference), [.. insuredPlusDependants.Select(n => (decimal)n)]);
        return [.. shares.Select(s => difference < 0 ? -s : s)];
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
