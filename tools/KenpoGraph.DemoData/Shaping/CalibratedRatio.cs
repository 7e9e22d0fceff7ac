using KenpoGraph.DemoData.Calibration;
using KenpoGraph.DemoData.Figures;
using KenpoGraph.Domain.Provenance;
using static KenpoGraph.DemoData.Shaping.Rounding;

namespace KenpoGraph.DemoData.Shaping;

/// <summary>
/// Generates the numerator of a RATIO measure (examinees, completions) for every branch and year from its
/// denominator, which must already be published or generated. A branch's rate is the national path times its
/// own factor, drifting slowly; every year the numerators are calibrated so that the national rate
/// Σnumerators ÷ Σdenominators equals the published national rate where the sources print one (else the path).
/// A branch whose rate is published in some year (printed, or its numerator and denominator are) takes its factor
/// from that year, so its generated years continue its published rate; in a year whose rate is printed without a
/// numerator, its numerator is that rate of its denominator (so Σ and the printed branch rate agree to the print).
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
            // The first year the branch's rate is published (printed itself, or its numerator and denominator are).
            var anchor = context.Years.FirstOrDefault(y => PublishedRate(book, code, ratioMeasure, numerator, denominator, y) is not null);
            if (anchor != 0)
            {
                var publishedRate = PublishedRate(book, code, ratioMeasure, numerator, denominator, anchor)!.Value;
                factors[b] = (double)(publishedRate / path.At(anchor)) / Trend(b, anchor);
            }
        }
        foreach (var year in context.Years)
        {
            var denominators = context.Counts(denominator, year);
            // A published numerator is kept; a published rate without one fixes the numerator to that rate of the denominator.
            var fixedNumerators = context.Branches.Select((b, i) => (long?)book.Published(b, numerator, year)
                ?? (book.Published(b, ratioMeasure, year) is { } rate ? (long)Whole(rate / 100m * denominators[i]) : null)).ToArray();
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

    /// <summary>The branch's rate in percent as the sources give it for the year: printed, or its printed numerator over its printed denominator.</summary>
    public static decimal? PublishedRate(FigureBook book, string branch, string ratioMeasure, string numerator, string denominator, int year) =>
        book.Published(branch, ratioMeasure, year)
        ?? (book.Published(branch, numerator, year) is { } n && book.Published(branch, denominator, year) is { } d && d != 0 ? n / d * 100m : null);
}
