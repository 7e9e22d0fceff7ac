using KenpoGraph.DemoData.Figures;
using KenpoGraph.DemoData.Prefectures;
using KenpoGraph.DemoData.Shaping;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.DemoData;

/// <summary>What every subject's generator works with: the branches in JIS order, the fiscal years, the weights and the figures.</summary>
internal sealed class DemoContext(int seed, IReadOnlyList<int> years, IReadOnlyList<PrefectureWeight> prefectures, IReadOnlyList<Measure> measures,
    FigureBook book, IncentiveSet incentives, IReadOnlyList<KpiResult> kpiResults)
{
    private readonly Dictionary<string, Measure> _measures = measures.ToDictionary(m => m.Code, StringComparer.Ordinal);

    /// <summary>The year that shapes are anchored to: the last year the sources publish national rates for.</summary>
    public const int ReferenceYear = 2024;

    public IReadOnlyList<int> Years { get; } = years;

    public IReadOnlyList<PrefectureWeight> Prefectures { get; } = prefectures;

    public IReadOnlyList<string> Branches { get; } = [.. prefectures.Select(p => p.Code)];

    public FigureBook Book { get; } = book;

    /// <summary>The incentive schemes and the published ranks the indicator values are bent to.</summary>
    public IncentiveSet Incentives { get; } = incentives;

    /// <summary>The KPI results of the seed folder (printed counts of branches, such as those at or above 80 % generic share).</summary>
    public IReadOnlyList<KpiResult> KpiResults { get; } = kpiResults;

    public int FirstYear => Years[0];

    public Measure Measure(string code) =>
        _measures.TryGetValue(code, out var measure) ? measure : throw new InvalidOperationException($"'{code}' is not in measures.csv");

    /// <summary>
    /// Each subject draws from its own stream (seed + its number), so that changing one subject's shapes
    /// does not reshuffle the others.
    /// </summary>
    public Noise NoiseFor(int subjectNumber) => new(seed + subjectNumber);

    /// <summary>The first year the sources publish all these measures for the branch (0: none), to anchor its shape to.</summary>
    public int FirstPublishedYear(string branch, params string[] measures) =>
        Years.FirstOrDefault(y => measures.All(m => Book.IsPublished(branch, m, y)));

    /// <summary>Every branch's figure of a measure in a year, in JIS order (published or generated).</summary>
    public long[] Counts(string measure, int year) => [.. Branches.Select(b => Book.Count(b, measure, year))];

    public decimal[] Values(string measure, int year) => [.. Branches.Select(b => Book.Value(b, measure, year))];
}
