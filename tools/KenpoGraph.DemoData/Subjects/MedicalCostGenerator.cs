using KenpoGraph.DemoData.Shaping;
using KenpoGraph.Domain.Provenance;
using static KenpoGraph.DemoData.Shaping.Rounding;

namespace KenpoGraph.DemoData.Subjects;

/// <summary>
/// Medical cost of every branch: average members = the mean of last and this year-end's members, and the total
/// cost = average members × a per-member cost around a national path, higher where premium rates are high (their
/// main driver); every year the totals are apportioned (largest remainder) so that Σ total ÷ Σ average members is
/// the printed national cost per member (FY2024) or the path.
/// </summary>
internal static class MedicalCostGenerator
{
    public const string Total = "medical_cost.total";
    public const string AverageMembers = "medical_cost.average_members";

    /// <summary>
    /// Assumption: national cost per member in yen where the sources print none, with the FY2020 dip (fewer visits) and
    /// rebound. FY2024 is the printed 212,946 円 (seed 004 L190–L192, read from medical_costs.csv); FY2023 is 212,946 ÷ 1.013
    /// = 210,213, so that the printed growth of +1.3 % (L189–L190) holds to its printed digit.
    /// </summary>
    public static readonly NationalPath PerMemberPath =
        new(2015, 172_600m, 175_500m, 179_700m, 182_100m, 186_800m, 180_200m, 194_400m, 202_000m, 210_213m, 212_946m, 216_900m);

    public const string PerMember = "medical_cost.per_member";

    public static void Generate(DemoContext context)
    {
        var noise = context.NoiseFor(2);
        var book = context.Book;
        var costLevels = context.Prefectures
            .Select(p => 1 + (double)(p.PremiumRateLevel - 10m) * 0.15 + 0.02 * noise.Symmetric())
            .ToArray();
        foreach (var year in context.Years)
        {
            var shapedTotals = new decimal[context.Branches.Count];
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
                shapedTotals[b] = book.Value(branch, AverageMembers, year) * perMember;
            }
            // The national cost per member (Σ total ÷ Σ average members) is the printed figure where there is one, else the
            // path: the national total is that many yen per average member, shared in proportion to the shaped totals.
            var averages = context.Values(AverageMembers, year);
            var nationalTotal = (long)Whole((book.National(PerMember, year) ?? PerMemberPath.At(year)) * averages.Sum());
            var fixedTotals = context.Branches.Select(b => book.Published(b, Total, year)).ToArray();
            var shares = Calibration.Apportionment.LargestRemainder(nationalTotal - (long)fixedTotals.Sum(t => t ?? 0m),
                [.. shapedTotals.Select((t, b) => fixedTotals[b] is null ? t : 0m)]);
            for (var b = 0; b < context.Branches.Count; b++)
            {
                book.AddUnlessPublished(context.Branches[b], Total, year, fixedTotals[b] ?? shares[b], ValueBasis.Period);
            }
        }
    }
}
