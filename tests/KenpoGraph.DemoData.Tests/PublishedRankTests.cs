using KenpoGraph.DemoData.Incentives;
using KenpoGraph.Domain.Incentives;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Loading;

namespace KenpoGraph.DemoData.Tests;

/// <summary>
/// Where a rank is published (seed 003, the association's pages), the ranking the shipped scheme computes from the shipped
/// data gives it: the branch figures are read as the warehouse serves them (branch roll-ups, a printed value winning), and
/// ranked by the domain engine with the schemes of the seed folder.
/// </summary>
[Collection(GeneratedSeedCollection.Name)]
public sealed class PublishedRankTests(GeneratedSeed generated)
{
    /// <summary>
    /// Published ranks the generator's bending does not reach (results year, branch, indicator 0 = overall, published → computed):
    /// none. Tochigi's FY2018 27th (a regional newspaper) was one until the bending aimed a branch moved into a narrow slot
    /// halfway between its neighbours' totals instead of a margin past the near one, which overshot the slot and swung back.
    /// </summary>
    internal static readonly string[] NotReproduced = [];

    internal static IReadOnlyList<RankMismatch> Mismatches(GeneratedSeed generated) => Mismatches(generated.Seeds, scheme => scheme);

    /// <summary>
    /// Every published rank the ranking of <paramref name="seeds"/> does not give, each results year ranked by its scheme as
    /// <paramref name="reading"/> makes it (the shipped scheme, or the same with another parameter).
    /// </summary>
    internal static IReadOnlyList<RankMismatch> Mismatches(SeedSet seeds, Func<IncentiveScheme, IncentiveScheme> reading)
    {
        var schemes = ShippedSchemes.Of(seeds.Incentives);
        var values = seeds.Rollups.Where(r => r.Level == RollupLevel.Branch && r.Value is not null)
            .ToDictionary(r => (r.UnitCode, r.FiscalYear, r.MeasureCode), r => r.Value!.Value);
        var result = new List<RankMismatch>();
        foreach (var year in seeds.Incentives.PublishedRanks.Select(r => r.ResultsYear).Distinct().Order())
        {
            var scheme = reading(ShippedSchemes.For(schemes, year)!);
            Dictionary<int, decimal> Of(string branch, int y) => scheme.Indicators.ToDictionary(i => i.Number, i => values[(branch, y, i.MeasureCode)]);
            var branches = GeneratedSeed.Branches.Select(b => new BranchIndicators(b, Of(b, year), Of(b, year - 1),
                values[(b, year, "membership.total_standard_remuneration")], Of(b, year - 2))).ToArray();
            result.AddRange(PublishedRankBending.Compare(IncentiveRanking.Compute(scheme, year, branches),
                seeds.Incentives.PublishedRanks.Where(r => r.ResultsYear == year)));
        }
        return result;
    }

    internal static string[] Described(IEnumerable<RankMismatch> mismatches) =>
        [.. mismatches.Select(m => $"FY{m.ResultsYear} {m.Branch} #{m.Indicator}: {m.Published} → {m.Computed}")];

    [Fact]
    public void The_ranking_of_the_shipped_data_gives_every_published_rank()
    {
        var ranks = generated.Seeds.Incentives.PublishedRanks;
        // seed 003: Yamanashi FY2022 and FY2023, 12; public pages: 49 (Saitama, Miyazaki ×4, Iwate, Oita, Miyagi, Fukushima, Gunma ×2, Saga, Kumamoto, Tochigi)
        Assert.Equal(61, ranks.Count);
        Assert.Equal(49, ranks.Count(r => r.Quality == Quality.PublicPage));
        Assert.All(ranks.Where(r => r.Quality == Quality.PublicPage), r => Assert.StartsWith("https://", r.Locator, StringComparison.Ordinal));
        Assert.Equal(NotReproduced, Described(Mismatches(generated)));
    }

    [Fact]
    public void Published_indicator_values_are_ranked_as_printed()
    {
        // The Iwate page: FY2021 ① 61.1 % ② 17.0 % ③ 33.3 % ④ 10.6 % ⑤ 85.3 %, the branch's own values in the ranking.
        var values = generated.Seeds.Rollups.Where(r => r.Level == RollupLevel.Branch && r.UnitCode == "03" && r.FiscalYear == 2021 && r.MeasureCode.EndsWith(".value", StringComparison.Ordinal))
            .OrderBy(r => r.MeasureCode, StringComparer.Ordinal).ToArray();
        Assert.Equal([61.1m, 17.0m, 33.3m, 10.6m, 85.3m], values.Select(r => r.Value!.Value));
        Assert.All(values, r => Assert.Equal(Quality.PublicPage, r.Quality));
    }
}
