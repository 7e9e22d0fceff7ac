using KenpoGraph.DemoData.Figures;
using KenpoGraph.DemoData.Shaping;
using KenpoGraph.Domain.Provenance;
using static KenpoGraph.DemoData.Shaping.Rounding;

namespace KenpoGraph.DemoData.Subjects;

/// <summary>
/// Specific health guidance of every branch: eligible people from the checkup examinees, completions calibrated
/// to the published FY2024 national rates (seed 004 L1016, L1021) and assumed paths in other years, and initial
/// interviews between completions and eligible people.
/// </summary>
internal static class GuidanceGenerator
{
    public const string InsuredEligible = "guidance.insured.eligible";
    public const string InsuredInitialInterviews = "guidance.insured.initial_interviews";
    public const string InsuredCompletions = "guidance.insured.completions";
    public const string DependantEligible = "guidance.dependant.eligible";
    public const string DependantInitialInterviews = "guidance.dependant.initial_interviews";
    public const string DependantCompletions = "guidance.dependant.completions";

    /// <summary>Assumption: about 17 % of insured examinees and 12 % of dependant examinees need guidance.</summary>
    private const double InsuredEligibleShare = 0.17;

    private const double DependantEligibleShare = 0.12;

    private static readonly NationalPath InsuredPath = new(2015, 12.5m, 13.4m, 14.2m, 15.6m, 16.4m, 16.0m, 17.2m, 18.5m, 19.6m, 20.3m, 21.2m);
    private static readonly NationalPath DependantPath = new(2015, 6.0m, 6.8m, 7.7m, 9.0m, 10.2m, 10.6m, 12.3m, 14.0m, 15.8m, 17.1m, 18.0m);

    /// <summary>
    /// Where the sources print a branch's completions and its rate but not its eligible people (Yamanashi FY2024: 4,585 at
    /// 28.9 %, 65 at 7.7 %), the eligible people the two imply: completions ÷ rate, rounded, so the generated denominator
    /// gives back the printed rate.
    /// </summary>
    private static decimal? EligibleFor(FigureBook book, string branch, string population, int year) =>
        book.Published(branch, $"guidance.{population}.completions", year) is { } completions
        && book.Published(branch, $"guidance.{population}.rate", year) is { } rate && rate > 0
            ? Whole(completions * 100m / rate)
            : null;

    public static void Generate(DemoContext context)
    {
        var noise = context.NoiseFor(4);
        var book = context.Book;
        var insuredShares = context.Branches.Select(_ => InsuredEligibleShare * (1 + 0.06 * noise.Symmetric())).ToArray();
        var dependantShares = context.Branches.Select(_ => DependantEligibleShare * (1 + 0.06 * noise.Symmetric())).ToArray();
        foreach (var year in context.Years)
        {
            for (var b = 0; b < context.Branches.Count; b++)
            {
                var branch = context.Branches[b];
                var insuredExaminees = book.Value(branch, CheckupGenerator.LifestyleExaminees, year)
                    + book.Value(branch, CheckupGenerator.EmployerDataObtained, year);
                var insuredEligible = insuredExaminees * (decimal)(insuredShares[b] * (1 + 0.01 * noise.Symmetric()));
                book.AddUnlessPublished(branch, InsuredEligible, year, EligibleFor(book, branch, "insured", year) ?? Whole(insuredEligible), ValueBasis.Period);
                var dependantEligible = book.Value(branch, CheckupGenerator.DependantExaminees, year)
                    * (decimal)(dependantShares[b] * (1 + 0.01 * noise.Symmetric()));
                book.AddUnlessPublished(branch, DependantEligible, year, EligibleFor(book, branch, "dependant", year) ?? Whole(dependantEligible), ValueBasis.Period);
            }
        }
        CalibratedRatio.Generate(context, noise, "guidance.insured.rate", InsuredPath, 0.55, 1.70);
        CalibratedRatio.Generate(context, noise, "guidance.dependant.rate", DependantPath, 0.55, 1.70);
        foreach (var year in context.Years)
        {
            foreach (var branch in context.Branches)
            {
                foreach (var (interviews, completions, eligible) in new[]
                         {
                             (InsuredInitialInterviews, InsuredCompletions, InsuredEligible),
                             (DependantInitialInterviews, DependantCompletions, DependantEligible),
                         })
                {
                    // Some who start guidance do not reach the final evaluation: 15–35 % more interviews than completions.
                    var started = Whole(book.Value(branch, completions, year) * (decimal)noise.Uniform(1.15, 1.35));
                    book.AddUnlessPublished(branch, interviews, year, Math.Min(started, book.Value(branch, eligible, year)), ValueBasis.Period);
                }
            }
        }
    }
}
