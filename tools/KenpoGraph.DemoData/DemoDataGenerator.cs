using KenpoGraph.DemoData.Figures;
using KenpoGraph.DemoData.Output;
using KenpoGraph.DemoData.Prefectures;
using KenpoGraph.DemoData.Subjects;
using KenpoGraph.Domain.Measures;
using KenpoGraph.Warehouse.Loading;

namespace KenpoGraph.DemoData;

/// <summary>
/// The deterministic demonstration-data generator (docs/domain.md "Demonstration data"): from the published
/// figures in a seed folder (read without its demo_ files) and the prefecture weights, every non-RATIO
/// measure for all 47 branches and every fiscal year, as DEMO rows.
/// </summary>
internal static class DemoDataGenerator
{
    /// <summary>The fixed seed. Changing it (or any shape) changes every demo_ file; bump <see cref="Version"/> then.</summary>
    public const int Seed = 20241;

    public const string Version = "v2";

    /// <summary>The locator of every generated row.</summary>
    public static string Locator => $"generator {Version} seed {Seed}";

    /// <summary>
    /// Non-RATIO measures left to other engines (none today: the incentive reduction, which the ranking computes, is served by
    /// `incentiveRanking` as `rateReductionPercent` and is no measure).
    /// </summary>
    public static IReadOnlySet<string> NotGenerated { get; } = new SortedSet<string>(StringComparer.Ordinal);

    /// <summary>Reads the published inputs of <paramref name="seedDirectory"/> and renders the demo_ files (name → content).</summary>
    public static SortedDictionary<string, string> Render(string seedDirectory)
    {
        var seeds = ReadPublished(seedDirectory);
        return DemoCsvWriter.Render(Generate(seeds), seeds.Measures, Locator);
    }

    public static SeedSet ReadPublished(string seedDirectory)
    {
        var reading = SeedReader.Read(seedDirectory, includeDemo: false);
        return reading.Seeds ?? throw new InvalidOperationException(
            $"The published inputs in {seedDirectory} do not load:\n{string.Join('\n', reading.Problems)}");
    }

    public static IReadOnlyList<DemoFigure> Generate(SeedSet seeds)
    {
        var book = new FigureBook(seeds.Observations);
        var years = seeds.FiscalYears.Select(y => y.Year).Order().ToArray();
        var context = new DemoContext(Seed, years, PrefectureWeights.Load(), seeds.Measures, book, seeds.Incentives, seeds.Planning.KpiResults);
        // Order matters: each subject reads the figures of the ones before it.
        MembershipGenerator.Generate(context);
        MedicalCostGenerator.Generate(context);
        CheckupGenerator.Generate(context);
        GuidanceGenerator.Generate(context);
        IncentiveIndicatorGenerator.Generate(context);
        PremiumRateGenerator.Generate(context);
        BranchFinanceGenerator.Generate(context);

        var expected = seeds.Measures.Where(m => m.Aggregation != AggregationRule.Ratio && !NotGenerated.Contains(m.Code)).Select(m => m.Code);
        var missing = expected.Except(book.Generated.Select(f => f.Measure)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidOperationException($"No generator makes {string.Join(", ", missing)}; add one or list it in NotGenerated.");
        }
        return book.Generated;
    }
}
