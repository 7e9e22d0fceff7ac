using KenpoGraph.DemoData.Shaping;
using KenpoGraph.Domain.Provenance;
using static KenpoGraph.DemoData.Shaping.Rounding;

namespace KenpoGraph.DemoData.Subjects;

/// <summary>
/// Numerators and denominators of the five incentive indicators (docs/domain.md "The incentive system"). ① and ②
/// are sums of the checkup and guidance figures, where the definitions coincide; ③–⑤ are shaped around
/// assumed levels: ③ reduction 8–20 %, ④ referral treatment 25–45 %, ⑤ generic share 75–92 % rising over time.
/// </summary>
internal static class IncentiveIndicatorGenerator
{
    /// <summary>Assumption: the generic share (volume) rises about a point a year.</summary>
    private static readonly NationalPath GenericSharePath = new(2015, 77.0m, 78.2m, 79.3m, 80.3m, 81.2m, 82.0m, 82.9m, 83.8m, 84.7m, 85.6m, 86.4m);

    public static void Generate(DemoContext context)
    {
        var noise = context.NoiseFor(5);
        var book = context.Book;
        var reductionLevels = context.Branches.Select(_ => 13.5 + 3.5 * noise.Symmetric()).ToArray();
        var treatmentLevels = context.Branches.Select(_ => 31.0 + 5.0 * noise.Symmetric()).ToArray();
        var genericOffsets = context.Branches.Select(_ => 4.0 * noise.Symmetric()).ToArray();
        var flaggedShares = context.Branches.Select(_ => 0.045 * (1 + 0.15 * noise.Symmetric())).ToArray();
        var prescriptionsPerMember = context.Branches.Select(_ => 9.5 * (1 + 0.10 * noise.Symmetric())).ToArray();
        foreach (var year in context.Years)
        {
            for (var b = 0; b < context.Branches.Count; b++)
            {
                var branch = context.Branches[b];
                decimal V(string measure, int y) => book.Value(branch, measure, y);
                void Add(string measure, decimal value) =>
                    book.AddUnlessPublished(branch, measure, year, Whole(value), ValueBasis.Period);

                // ① checkups of the insured (own checkup or employer data) and dependants over their target populations.
                Add("incentive.i1.numerator", V(CheckupGenerator.LifestyleExaminees, year) + V(CheckupGenerator.EmployerDataObtained, year)
                    + V(CheckupGenerator.DependantExaminees, year));
                Add("incentive.i1.denominator", V(CheckupGenerator.LifestyleTarget, year) + V(CheckupGenerator.DependantTarget, year));
                // ② guidance completions over eligible people, insured and dependants together.
                Add("incentive.i2.numerator", V(GuidanceGenerator.InsuredCompletions, year) + V(GuidanceGenerator.DependantCompletions, year));
                Add("incentive.i2.denominator", V(GuidanceGenerator.InsuredEligible, year) + V(GuidanceGenerator.DependantEligible, year));

                // ③ last year's eligible people checked again this year, and how many of them no longer need guidance.
                var previousYear = year == context.FirstYear ? year : year - 1;
                var followed = Whole((V(GuidanceGenerator.InsuredEligible, previousYear) + V(GuidanceGenerator.DependantEligible, previousYear))
                    * (decimal)(0.55 * (1 + 0.03 * noise.Symmetric())));
                Add("incentive.i3.denominator", followed);
                Add("incentive.i3.numerator", followed * Percent(Math.Clamp(reductionLevels[b] + 1.0 * noise.Symmetric(), 8.0, 20.0)));

                // ④ examinees flagged for prompt treatment, and how many saw a doctor (slowly improving).
                var flagged = Whole((V(CheckupGenerator.LifestyleExaminees, year) + V(CheckupGenerator.EmployerDataObtained, year))
                    * (decimal)(flaggedShares[b] * (1 + 0.02 * noise.Symmetric())));
                Add("incentive.i4.denominator", flagged);
                var treatment = treatmentLevels[b] + 0.8 * (year - context.FirstYear) + 1.0 * noise.Symmetric();
                Add("incentive.i4.numerator", flagged * Percent(Math.Clamp(treatment, 25.0, 45.0)));

                // ⑤ prescription volume that has a generic, and the generic part of it.
                var volume = Whole(V(MedicalCostGenerator.AverageMembers, year) * (decimal)prescriptionsPerMember[b]);
                Add("incentive.i5.denominator", volume);
                var share = (double)GenericSharePath.At(year) + genericOffsets[b] + 0.3 * noise.Symmetric();
                Add("incentive.i5.numerator", volume * Percent(Math.Clamp(share, 75.0, 92.0)));
            }
        }
    }

    private static decimal Percent(double rate) => Math.Round((decimal)rate, 3) / 100m;
}
