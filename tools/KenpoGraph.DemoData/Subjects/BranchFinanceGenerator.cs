using KenpoGraph.Domain.Provenance;
using static KenpoGraph.DemoData.Shaping.Rounding;

namespace KenpoGraph.DemoData.Subjects;

/// <summary>
/// The branch account (支部収支), budget and settled: premium income = premium rate × total standard
/// remuneration, adjusted medical benefits 60–65 % of it, a regional difference of a few percent of benefits
/// (positive where costs are high), and balance = premium income − adjusted medical benefits (the catalogue's
/// demonstration definition). The national account is the sum of the branches by construction. Settled
/// figures differ from the budget by 1–3 % either way.
/// </summary>
internal static class BranchFinanceGenerator
{
    public static void Generate(DemoContext context)
    {
        var noise = context.NoiseFor(7);
        var book = context.Book;
        var benefitShares = context.Branches.Select(_ => noise.Uniform(0.605, 0.645)).ToArray();
        var regionalShares = context.Prefectures.Select(p => (double)(p.PremiumRateLevel - 10m) * 0.06 + 0.005 * noise.Symmetric()).ToArray();
        foreach (var year in context.Years)
        {
            for (var b = 0; b < context.Branches.Count; b++)
            {
                var branch = context.Branches[b];
                var income = Whole(book.Value(branch, PremiumRateGenerator.Rate, year) / 100m
                    * book.Value(branch, MembershipGenerator.TotalRemuneration, year));
                var benefits = Whole(income * (decimal)Math.Clamp(benefitShares[b] + 0.004 * noise.Symmetric(), 0.60, 0.65));
                var regional = Whole(benefits * (decimal)Math.Clamp(regionalShares[b] + 0.002 * noise.Symmetric(), -0.04, 0.04));
                Add(context, branch, year, "budget", income, benefits, regional);

                decimal Settled(decimal budget) => Whole(budget * (decimal)(1 + noise.SignedBetween(0.01, 0.03)));
                Add(context, branch, year, "settled", Settled(income), Settled(benefits), Settled(regional));
            }
        }
    }

    private static void Add(DemoContext context, string branch, int year, string kind, decimal income, decimal benefits, decimal regional)
    {
        context.Book.AddUnlessPublished(branch, $"finance.premium_income.{kind}", year, income, ValueBasis.Period);
        context.Book.AddUnlessPublished(branch, $"finance.adjusted_medical_benefits.{kind}", year, benefits, ValueBasis.Period);
        context.Book.AddUnlessPublished(branch, $"finance.regional_difference.{kind}", year, regional, ValueBasis.Period);
        context.Book.AddUnlessPublished(branch, $"finance.balance.{kind}", year,
            context.Book.Value(branch, $"finance.premium_income.{kind}", year) - context.Book.Value(branch, $"finance.adjusted_medical_benefits.{kind}", year),
            ValueBasis.Period);
    }
}
