using KenpoGraph.Domain.Incentives;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Incentives;

/// <summary>One scheme parameter as the API shows it; <see cref="Overridden"/> when a simulation replaced the stored value.</summary>
internal sealed record SchemeParameterView(IncentiveSchemeParameter Stored, string Value, bool Overridden);

/// <summary>A scheme version: its stored rows and the domain scheme they build (with any simulation overrides applied).</summary>
internal sealed record SchemeView(IncentiveSchemeRow Row, IReadOnlyList<SchemeParameterView> Parameters, IReadOnlyList<IncentiveSchemeIndicator> Indicators,
    IncentiveScheme Scheme);

/// <summary>A computed ranking with the published ranks of its year beside it.</summary>
/// <param name="Quality">DEMO when any input figure is demonstration data, else DERIVED (computed from published figures): the quality of
/// every rank, total, reward, rate effect and of the pool, since each depends on all 47 branches' figures.</param>
/// <param name="Inputs">The quality of each input figure and of each indicator's scores.</param>
internal sealed record RankingView(SchemeView Scheme, IncentiveResult Result, Quality Quality, ILookup<string, IncentivePublishedRank> Published, bool Simulated,
    InputQualities Inputs);

/// <summary>
/// The quality of the figures a ranking read: each branch's indicator value by year, and per indicator the quality of every
/// score on it (DEMO when any branch's value of the results year or the year before is demonstration data, as a deviation
/// score is measured against all 47 branches).
/// </summary>
internal sealed record InputQualities(IReadOnlyDictionary<(string Branch, int Year, int Indicator), Quality> Values, IReadOnlyDictionary<int, Quality> Indicators)
{
    public Quality? Of(string branch, int year, int indicator) => Values.TryGetValue((branch, year, indicator), out var quality) ? quality : null;
}

internal sealed record EntryView(RankingView Ranking, RankingEntry Entry)
{
    public IncentivePublishedRank? PublishedRank(int indicator) =>
        Ranking.Published[Entry.BranchCode].FirstOrDefault(p => p.Indicator == indicator);
}

internal sealed record IndicatorScoreView(EntryView Entry, IndicatorScore Score);

internal sealed record MoveView(RankingView Before, RankingView After, RankingMove Move);

internal sealed record SimulationView(RankingView Baseline, RankingView Simulated, IReadOnlyList<MoveView> Moves, IReadOnlyList<IndicatorChange> Changes);
