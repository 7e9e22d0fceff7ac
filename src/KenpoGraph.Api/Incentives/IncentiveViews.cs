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
/// <param name="Quality">DEMO when any input figure is demonstration data, else DERIVED (computed from published figures).</param>
internal sealed record RankingView(SchemeView Scheme, IncentiveResult Result, Quality Quality, ILookup<string, IncentivePublishedRank> Published, bool Simulated);

internal sealed record EntryView(RankingView Ranking, RankingEntry Entry)
{
    public IncentivePublishedRank? PublishedRank(int indicator) =>
        Ranking.Published[Entry.BranchCode].FirstOrDefault(p => p.Indicator == indicator);
}

internal sealed record IndicatorScoreView(EntryView Entry, IndicatorScore Score);

internal sealed record MoveView(RankingView Before, RankingView After, RankingMove Move);

internal sealed record SimulationView(RankingView Baseline, RankingView Simulated, IReadOnlyList<MoveView> Moves, IReadOnlyList<IndicatorChange> Changes);
