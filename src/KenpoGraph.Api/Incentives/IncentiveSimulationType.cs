using GraphQL.Types;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Incentives;

internal sealed class IncentiveSimulationType : ObjectGraphType<SimulationView>
{
    public IncentiveSimulationType()
    {
        Name = "IncentiveSimulation";
        this.Says("A what-if: the ranking recomputed with changed indicator values and/or scheme parameters, beside the recorded ranking, and what moved. Nothing stored changes.", "シミュレーション結果。");
        Field<NonNullGraphType<QualityType>>("quality")
            .Says("DEMO when the recorded figures the simulation starts from include demonstration data, else DERIVED: the quality of both rankings and every move.", "品質区分。")
            .Resolve(c => ComputedQuality.Combined(c.Source.Baseline.Quality, c.Source.Simulated.Quality));
        Field(x => x.Baseline, type: typeof(NonNullGraphType<IncentiveRankingType>)).Says("The ranking of the recorded figures, unchanged.", "実績に基づく順位。");
        Field("ranking", x => x.Simulated, type: typeof(NonNullGraphType<IncentiveRankingType>)).Says("The simulated ranking.", "シミュレーション後の順位。");
        Field(x => x.Changes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveChangeType>>>))
            .Says("The changes applied, as absolute values (a delta resolved against the recorded value).", "適用した変更。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveMoveType>>>>("moves")
            .Says("Every branch's change in rank, reward and rate, in simulated rank order (a branch-scoped caller: its own branches).", "支部別の変化。")
            .Resolve(c => c.Source.Moves);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveMoveType>>>>("changedBranches")
            .Says("The moves of the branches whose values were changed.", "変更した支部の変化。")
            .Resolve(c => c.Source.Moves.Where(m => c.Source.Changes.Any(ch => ch.BranchCode == m.Move.BranchCode)).ToArray());
    }
}
