using KenpoGraph.DemoData.Calibration;
using KenpoGraph.DemoData.Incentives;
using KenpoGraph.DemoData.Shaping;
using KenpoGraph.Domain.Provenance;
using static KenpoGraph.DemoData.Shaping.Rounding;

namespace KenpoGraph.DemoData.Subjects;

/// <summary>
/// Numerators and denominators of the five incentive indicators (docs/domain.md "The incentive system"), in three steps:
/// <list type="number">
/// <item>Shapes. ① and ② are sums of the checkup and guidance figures, where the definitions coincide; ③–⑤ are shaped
/// around assumed levels: ③ reduction about 38 %, ④ treatment of people flagged for prompt care about 10 % (the Iwate page's
/// FY2021 values, 33.3 % and 10.6 %, and Mie's chart of the old referral measure, 9–11 %, set the scale), ⑤ generic share
/// following the printed national shares (seed 002 L797, seed 004 L632–L636) and an assumed path before FY2022.</item>
/// <item>Published values win: where a branch's indicator value is printed (the Iwate page, Mie's and Yamanashi's generic
/// shares), its numerator is that share of its denominator; ⑤'s numerators are calibrated so that Σ ÷ Σ is the printed national
/// share.</item>
/// <item>Published ranks: <see cref="PublishedRankBending"/> moves the demonstration values (never a published one) so that the
/// shipped scheme's ranking reproduces every published overall and indicator rank, year by year; ⑤'s denominators are then
/// reweighted so the national share still rounds to the print. Before it, <see cref="GenericShareThreshold"/> holds exactly the
/// printed number of branches at or above 80 % generic share in each year a count is printed, and the bending keeps to that.</item>
/// </list>
/// Where step 2 or 3 sets ① or ② of a branch-year, that value no longer equals the checkup or guidance figures' quotient.
/// </summary>
internal static class IncentiveIndicatorGenerator
{
    /// <summary>Assumption before FY2022; FY2022–FY2024 are the printed national shares (81.7, 83.6, 89.1), read from the seed files.</summary>
    private static readonly NationalPath GenericSharePath = new(2015, 66.0m, 69.5m, 73.0m, 75.8m, 78.2m, 79.6m, 80.4m, 81.7m, 83.6m, 89.1m, 90.5m);

    public static string Numerator(int indicator) => $"incentive.i{indicator}.numerator";

    public static string Denominator(int indicator) => $"incentive.i{indicator}.denominator";

    public static string Value(int indicator) => $"incentive.i{indicator}.value";

    public static void Generate(DemoContext context)
    {
        var noise = context.NoiseFor(5);
        var book = context.Book;
        var reductionLevels = context.Branches.Select(_ => 38.0 + 3.5 * noise.Symmetric()).ToArray();
        var treatmentLevels = context.Branches.Select(_ => 9.6 + 1.8 * noise.Symmetric()).ToArray();
        var genericOffsets = context.Branches.Select(_ => 4.0 * noise.Symmetric()).ToArray();
        var flaggedShares = context.Branches.Select(_ => 0.045 * (1 + 0.15 * noise.Symmetric())).ToArray();
        var prescriptionsPerMember = context.Branches.Select(_ => 9.5 * (1 + 0.10 * noise.Symmetric())).ToArray();
        for (var b = 0; b < context.Branches.Count; b++)
        {
            // A branch whose ③–⑤ value is printed in some year takes its level from that year, so its other years continue it.
            var branch = context.Branches[b];
            if (context.Years.FirstOrDefault(y => book.IsPublished(branch, Value(3), y)) is var y3 and not 0)
            {
                reductionLevels[b] = (double)book.Published(branch, Value(3), y3)!.Value;
            }
            if (context.Years.FirstOrDefault(y => book.IsPublished(branch, Value(4), y)) is var y4 and not 0)
            {
                treatmentLevels[b] = (double)book.Published(branch, Value(4), y4)!.Value - 0.1 * (y4 - context.FirstYear);
            }
            if (context.Years.FirstOrDefault(y => book.IsPublished(branch, Value(5), y)) is var y5 and not 0)
            {
                genericOffsets[b] = (double)(book.Published(branch, Value(5), y5)!.Value - GenericSharePath.At(y5));
            }
        }
        var numerators = new Dictionary<(string Branch, int Year, int Indicator), decimal>();
        var denominators = new Dictionary<(string Branch, int Year, int Indicator), decimal>();
        var genericShares = new Dictionary<(string Branch, int Year), decimal>();
        foreach (var year in context.Years)
        {
            for (var b = 0; b < context.Branches.Count; b++)
            {
                var branch = context.Branches[b];
                decimal V(string measure, int y) => book.Value(branch, measure, y);
                void Set(int indicator, decimal numerator, decimal denominator)
                {
                    numerators[(branch, year, indicator)] = Whole(numerator);
                    denominators[(branch, year, indicator)] = Whole(denominator);
                }

                // ① checkups of the insured (own checkup or employer data) and dependants over their target populations.
                Set(1, V(CheckupGenerator.LifestyleExaminees, year) + V(CheckupGenerator.EmployerDataObtained, year) + V(CheckupGenerator.DependantExaminees, year),
                    V(CheckupGenerator.LifestyleTarget, year) + V(CheckupGenerator.DependantTarget, year));
                // ② guidance completions over eligible people, insured and dependants together.
                Set(2, V(GuidanceGenerator.InsuredCompletions, year) + V(GuidanceGenerator.DependantCompletions, year),
                    V(GuidanceGenerator.InsuredEligible, year) + V(GuidanceGenerator.DependantEligible, year));

                // ③ last year's eligible people checked again this year, and how many of them no longer need guidance.
                var previousYear = year == context.FirstYear ? year : year - 1;
                var followed = Whole((V(GuidanceGenerator.InsuredEligible, previousYear) + V(GuidanceGenerator.DependantEligible, previousYear))
                    * (decimal)(0.55 * (1 + 0.03 * noise.Symmetric())));
                Set(3, followed * Percent(Math.Clamp(reductionLevels[b] + 1.5 * noise.Symmetric(), 25.0, 50.0)), followed);

                // ④ examinees flagged for prompt treatment, and how many saw a doctor (slowly improving).
                var flagged = Whole((V(CheckupGenerator.LifestyleExaminees, year) + V(CheckupGenerator.EmployerDataObtained, year))
                    * (decimal)(flaggedShares[b] * (1 + 0.02 * noise.Symmetric())));
                var treatment = treatmentLevels[b] + 0.1 * (year - context.FirstYear) + 0.6 * noise.Symmetric();
                Set(4, flagged * Percent(Math.Clamp(treatment, 5.0, 18.0)), flagged);

                // ⑤ prescription volume that has a generic, and the share of it that is generic (calibrated below).
                var volume = Whole(V(MedicalCostGenerator.AverageMembers, year) * (decimal)prescriptionsPerMember[b]);
                genericShares[(branch, year)] = GenericSharePath.At(year) + (decimal)(genericOffsets[b] + 0.3 * noise.Symmetric());
                Set(5, 0m, volume);
            }
        }

        var values = new IndicatorValues(context, numerators, denominators);
        foreach (var year in context.Years.Skip(1))
        {
            // The year before a printed value moves with the nation towards it, so that the printed value is no jump that an
            // improvement score would make extreme (Iwate's ① 61.1 % in FY2021 after a demonstration 50 % in FY2020).
            foreach (var branch in context.Branches)
            {
                for (var indicator = 1; indicator <= IndicatorValues.Count; indicator++)
                {
                    if (book.Published(branch, Value(indicator), year) is { } published && !values.IsPublished(branch, year - 1, indicator))
                    {
                        var change = NationalChange(context, numerators, denominators, year, indicator);
                        values.Set(branch, year - 1, indicator, published - change);
                    }
                }
            }
        }
        foreach (var year in context.Years)
        {
            // Published branch values fix their numerators.
            foreach (var branch in context.Branches)
            {
                for (var indicator = 1; indicator <= IndicatorValues.Count; indicator++)
                {
                    if (book.Published(branch, Value(indicator), year) is { } published)
                    {
                        numerators[(branch, year, indicator)] = Whole(published / 100m * denominators[(branch, year, indicator)]);
                    }
                }
            }
            // ⑤ calibrated to the printed national share (or the path), the published branches kept.
            var volumes = context.Branches.Select(b => (long)denominators[(b, year, 5)]).ToArray();
            var fixedGeneric = context.Branches.Select(b => book.Published(b, Value(5), year) is null ? (long?)null : (long)numerators[(b, year, 5)]).ToArray();
            var generic = RateCalibration.Numerators(volumes, [.. context.Branches.Select(b => Math.Clamp(genericShares[(b, year)], 60m, 96m))], fixedGeneric,
                book.National(Value(5), year) ?? GenericSharePath.At(year));
            for (var b = 0; b < context.Branches.Count; b++)
            {
                numerators[(context.Branches[b], year, 5)] = generic[b];
            }
        }

        GenericShareThreshold.Hold(context, values);
        PublishedRankBending.Bend(context, values);
        foreach (var year in context.Years)
        {
            if (book.National(Value(5), year) is { } national)
            {
                values.ReweightToNationalShare(year, 5, national);
            }
        }

        foreach (var ((branch, year, indicator), numerator) in numerators.OrderBy(n => n.Key.Year).ThenBy(n => n.Key.Branch, StringComparer.Ordinal)
                     .ThenBy(n => n.Key.Indicator))
        {
            book.AddUnlessPublished(branch, Denominator(indicator), year, denominators[(branch, year, indicator)], ValueBasis.Period);
            book.AddUnlessPublished(branch, Numerator(indicator), year, numerator, ValueBasis.Period);
        }
    }

    /// <summary>The change of an indicator's Σ numerators ÷ Σ denominators from the year before, in percentage points.</summary>
    private static decimal NationalChange(DemoContext context, Dictionary<(string, int, int), decimal> numerators, Dictionary<(string, int, int), decimal> denominators,
        int year, int indicator)
    {
        decimal Share(int y) => context.Branches.Sum(b => numerators[(b, y, indicator)]) / context.Branches.Sum(b => denominators[(b, y, indicator)]) * 100m;
        return indicator == 5 ? GenericSharePath.At(year) - GenericSharePath.At(year - 1) : Share(year) - Share(year - 1);
    }

    private static decimal Percent(double rate) => Math.Round((decimal)rate, 3) / 100m;
}
