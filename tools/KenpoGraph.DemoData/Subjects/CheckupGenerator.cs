using KenpoGraph.DemoData.Shaping;
using KenpoGraph.Domain.Provenance;
using static KenpoGraph.DemoData.Shaping.Rounding;

namespace KenpoGraph.DemoData.Subjects;

/// <summary>
/// Checkups of every branch: target populations from membership, examinees calibrated so that the national
/// rates equal the published FY2024 rates (seed 004 L963–L973) and follow assumed rising paths in other years;
/// Yamanashi's published FY2024 figures (seed 003) are kept and continue into its generated years.
/// </summary>
internal static class CheckupGenerator
{
    public const string LifestyleTarget = "checkup.lifestyle.target";
    public const string LifestyleExaminees = "checkup.lifestyle.examinees";
    public const string EmployerDataTarget = "checkup.employer_data.target";
    public const string EmployerDataObtained = "checkup.employer_data.obtained";
    public const string DependantTarget = "checkup.dependant.target";
    public const string DependantExaminees = "checkup.dependant.examinees";

    /// <summary>Assumption: insured persons aged 40–74 are about 60 % of the insured (Yamanashi FY2024: 106,993), a little more each year.</summary>
    public const double InsuredTargetShare = 0.60;

    private const double InsuredTargetShareGrowth = 0.002;

    /// <summary>Assumption: dependants eligible for the specific health checkup are about 45 % of dependants.</summary>
    public const double DependantTargetShare = 0.45;

    // Assumed national rates in percent; FY2024 is the published rate (the generator reads it from checkups.csv).
    private static readonly NationalPath LifestylePath = new(2015, 47.0m, 48.3m, 49.7m, 51.5m, 53.0m, 50.5m, 54.2m, 56.0m, 57.3m, 58.4m, 59.6m);
    private static readonly NationalPath EmployerDataPath = new(2015, 3.0m, 3.4m, 3.9m, 4.5m, 5.0m, 5.2m, 5.8m, 6.4m, 6.8m, 7.2m, 7.6m);
    private static readonly NationalPath DependantPath = new(2015, 21.0m, 22.0m, 23.2m, 24.1m, 25.0m, 22.3m, 25.9m, 27.3m, 28.5m, 29.4m, 30.2m);

    public static void Generate(DemoContext context)
    {
        var noise = context.NoiseFor(3);
        var book = context.Book;
        var insuredShares = context.Branches.Select(_ => InsuredTargetShare * (1 + 0.04 * noise.Symmetric())).ToArray();
        var dependantShares = context.Branches.Select(_ => DependantTargetShare * (1 + 0.05 * noise.Symmetric())).ToArray();
        for (var b = 0; b < context.Branches.Count; b++)
        {
            // A published target fixes the branch's share, so its other years continue it.
            var branch = context.Branches[b];
            var anchor = context.FirstPublishedYear(branch, LifestyleTarget);
            if (anchor != 0)
            {
                insuredShares[b] = (double)(book.Value(branch, LifestyleTarget, anchor) / book.Value(branch, MembershipGenerator.Insured, anchor))
                    - InsuredTargetShareGrowth * (anchor - DemoContext.ReferenceYear);
            }
            var dependantAnchor = context.FirstPublishedYear(branch, DependantTarget);
            if (dependantAnchor != 0)
            {
                dependantShares[b] = (double)(book.Value(branch, DependantTarget, dependantAnchor) / book.Value(branch, MembershipGenerator.Dependants, dependantAnchor));
            }
        }
        foreach (var year in context.Years)
        {
            for (var b = 0; b < context.Branches.Count; b++)
            {
                var branch = context.Branches[b];
                var share = insuredShares[b] + InsuredTargetShareGrowth * (year - DemoContext.ReferenceYear);
                var target = Whole(book.Value(branch, MembershipGenerator.Insured, year) * (decimal)share);
                book.AddUnlessPublished(branch, LifestyleTarget, year, target, ValueBasis.FiscalYearEnd);
                // The employer data is sought for the same insured target population (as seed 003 L821 prints).
                book.AddUnlessPublished(branch, EmployerDataTarget, year, book.Value(branch, LifestyleTarget, year), ValueBasis.FiscalYearEnd);
                var dependantTarget = book.Value(branch, MembershipGenerator.Dependants, year) * (decimal)dependantShares[b];
                book.AddUnlessPublished(branch, DependantTarget, year, Whole(dependantTarget), ValueBasis.FiscalYearEnd);
            }
        }
        CalibratedRatio.Generate(context, noise, "checkup.lifestyle.rate", LifestylePath, 0.80, 1.30);
        CalibratedRatio.Generate(context, noise, "checkup.employer_data.rate", EmployerDataPath, 0.35, 2.40);
        CalibratedRatio.Generate(context, noise, "checkup.dependant.rate", DependantPath, 0.75, 1.30);
    }
}
