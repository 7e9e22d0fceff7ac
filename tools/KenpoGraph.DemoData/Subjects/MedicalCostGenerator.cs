using KenpoGraph.DemoData.Shaping;
using KenpoGraph.Domain.Provenance;
using static KenpoGraph.DemoData.Shaping.Rounding;

namespace KenpoGraph.DemoData.Subjects;

/// <summary>
/// Medical cost of every branch: average members = the mean of last and this year-end's members, and the total
/// cost = average members × a per-member cost that follows an assumed national path, higher where premium
/// rates are high (their main driver).
/// </summary>
internal static class MedicalCostGenerator
{
    public const string Total = "medical_cost.total";
    public const string AverageMembers = "medical_cost.average_members";

    /// <summary>Assumption: national cost per member in yen, rising 2–3 % a year with the FY2020 dip (fewer visits) and rebound.</summary>
    public static readonly NationalPath PerMemberPath =
        new(2015, 182_000m, 185_000m, 189_500m, 192_000m, 197_000m, 190_000m, 205_000m, 213_000m, 219_000m, 224_500m, 230_000m);

    public static void Generate(DemoContext context)
    {
        var noise = context.NoiseFor(2);
        var book = context.Book;
        var costLevels = context.Prefectures
            .Select(p => 1 + (double)(p.PremiumRateLevel - 10m) * 0.15 + 0.02 * noise.Symmetric())
            .ToArray();
        foreach (var year in context.Years)
        {
            for (var b = 0; b < context.Branches.Count; b++)
            {
                var branch = context.Branches[b];
                var members = book.Value(branch, MembershipGenerator.Members, year);
                var previous = year == context.FirstYear
                    // No year before the first: take the first year's trend backwards.
                    ? Whole(members * members / book.Value(branch, MembershipGenerator.Members, year + 1))
                    : book.Value(branch, MembershipGenerator.Members, year - 1);
                var averageMembers = Whole((previous + members) / 2m);
                book.AddUnlessPublished(branch, AverageMembers, year, averageMembers, ValueBasis.FiscalYearAverage);
                var perMember = PerMemberPath.At(year) * (decimal)(costLevels[b] * (1 + 0.005 * noise.Symmetric()));
                var total = Whole(book.Value(branch, AverageMembers, year) * perMember);
                book.AddUnlessPublished(branch, Total, year, total, ValueBasis.Period);
            }
        }
    }
}
