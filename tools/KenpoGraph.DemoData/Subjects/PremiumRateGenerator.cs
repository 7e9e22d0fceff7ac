using KenpoGraph.DemoData.Calibration;
using KenpoGraph.Domain.Provenance;

namespace KenpoGraph.DemoData.Subjects;

/// <summary>
/// Premium rates of every branch: each moves slowly around its level in prefecture_weights.csv, shifted every
/// year so that the rate weighted by total standard remuneration is the national average rate (published 10 %
/// for FY2024–FY2025; assumed 10.00 % for the other years). Published branch rates (Yamanashi FY2024–FY2025)
/// are kept. The incentive funding rate is the same for every branch. The incentive reduction is no measure:
/// the incentive engine computes it.
/// </summary>
internal static class PremiumRateGenerator
{
    public const string Rate = "premium.rate";
    public const string FundingRate = "premium.incentive_funding_rate";

    /// <summary>Assumption: the national average rate where the sources print none.</summary>
    private const decimal NationalAverageRate = 10.00m;

    private const decimal RateStep = 0.01m;

    /// <summary>Results of fiscal year N set the premium rate of fiscal year N + 2 (docs/domain.md "The incentive system").</summary>
    private const int ResultsToPremiumLag = 2;

    public static void Generate(DemoContext context)
    {
        var noise = context.NoiseFor(6);
        var book = context.Book;
        var levels = context.Prefectures.Select(p => (double)p.PremiumRateLevel).ToArray();
        var slopes = context.Branches.Select(_ => 0.025 * noise.Symmetric()).ToArray();
        for (var b = 0; b < context.Branches.Count; b++)
        {
            var branch = context.Branches[b];
            var anchor = context.FirstPublishedYear(branch, Rate);
            if (anchor != 0)
            {
                levels[b] = (double)book.Value(branch, Rate, anchor) - slopes[b] * (anchor - DemoContext.ReferenceYear);
            }
        }
        foreach (var year in context.Years)
        {
            var shaped = levels
                .Select((level, b) => (decimal)(level + slopes[b] * (year - DemoContext.ReferenceYear) + 0.03 * noise.Symmetric()))
                .ToArray();
            var fixedRates = context.Branches.Select(b => book.Published(b, Rate, year)).ToArray();
            var weights = context.Values(MembershipGenerator.TotalRemuneration, year);
            var target = book.National(Rate, year) ?? NationalAverageRate;
            var rates = WeightedMeanCalibration.Calibrate(shaped, weights, fixedRates, target, RateStep);
            var funding = FundingRateForResults(year - ResultsToPremiumLag);
            for (var b = 0; b < context.Branches.Count; b++)
            {
                book.AddUnlessPublished(context.Branches[b], Rate, year, rates[b], ValueBasis.Period, decimals: 2);
                if (funding is { } fundingRate)
                {
                    book.AddUnlessPublished(context.Branches[b], FundingRate, year, fundingRate, ValueBasis.Period, decimals: 3);
                }
            }
        }
    }

    /// <summary>
    /// docs/domain.md "The incentive system": 0.004 % for FY2018 results, 0.007 % for FY2019–2020 results, 0.01 % from
    /// FY2021 results; nothing before.
    /// </summary>
    public static decimal? FundingRateForResults(int resultsYear) => resultsYear switch
    {
        < 2018 => null,
        2018 => 0.004m,
        2019 or 2020 => 0.007m,
        _ => 0.010m,
    };
}
