using KenpoGraph.DemoData.Calibration;
using KenpoGraph.Domain.Provenance;

namespace KenpoGraph.DemoData.Shaping;

/// <summary>
/// Generates the numerator of a RATIO measure (examinees, completions) for every branch and year from its
/// denominator, which must already be published or generated. A branch's rate is the national path times its
/// own factor, drifting slowly; every year the numerators are calibrated so that the national rate
/// Σnumerators ÷ Σdenominators equals the published national rate where the sources print one (else the path).
/// A branch whose numerator and denominator are published in some year takes its factor from that year, so
/// its generated years continue its published rate.
/// </summary>
internal static class CalibratedRatio
{
    public static void Generate(DemoContext context, Noise noise, string ratioMeasure, NationalPath path, double lowestFactor, double highestFactor)
    {
        var ratio = context.Measure(ratioMeasure);
        var numerator = ratio.NumeratorCode ?? throw new InvalidOperationException($"{ratioMeasure} has no numerator");
        var denominator = ratio.DenominatorCode ?? throw new InvalidOperationException($"{ratioMeasure} has no denominator");
        var book = context.Book;
        var factors = context.Branches.Select(_ => noise.Uniform(lowestFactor, highestFactor)).ToArray();
        var drifts = context.Branches.Select(_ => 0.01 * noise.Symmetric()).ToArray();
        double Trend(int branch, int year) => 1 + drifts[branch] * (year - DemoContext.ReferenceYear);

        for (var b = 0; b < context.Branches.Count; b++)
        {
            var code = context.Branches[b];
            var anchor = context.FirstPublishedYear(code, numerator, denominator);
            if (anchor != 0)
            {
                var publishedRate = book.Value(code, numerator, anchor) / book.Value(code, denominator, anchor) * 100m;
                factors[b] = (double)(publishedRate / path.At(anchor)) / Trend(b, anchor);
            }
        }
        foreach (var year in context.Years)
        {
            var denominators = context.Counts(denominator, year);
            var fixedNumerators = context.Branches.Select(b => (long?)book.Published(b, numerator, year)).ToArray();
            var shapedRates = context.Branches
                .Select((_, b) => path.At(year) * (decimal)(factors[b] * Trend(b, year) * (1 + 0.01 * noise.Symmetric())))
                .ToArray();
            var nationalRate = book.National(ratioMeasure, year) ?? path.At(year);
            var numerators = RateCalibration.Numerators(denominators, shapedRates, fixedNumerators, nationalRate);
            for (var b = 0; b < context.Branches.Count; b++)
            {
                book.AddUnlessPublished(context.Branches[b], numerator, year, numerators[b], ValueBasis.Period);
            }
        }
    }
}
