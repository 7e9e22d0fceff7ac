using GraphQL.Types;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Rollups;

namespace KenpoGraph.Api.Rollups;

internal sealed class RollupLevelType : EnumerationGraphType<RollupLevel>
{
    public RollupLevelType()
    {
        Name = "RollupLevel";
        this.Says("Where a roll-up stands between branch and nation.", "集計レベル。");
        Values.FindByValue(RollupLevel.Branch)!.Description = "One branch (RATIO and WEIGHTED_MEAN measures computed from its own figures). 支部。";
        Values.FindByValue(RollupLevel.Region)!.Description = "A regional block. 地域ブロック。";
        Values.FindByValue(RollupLevel.National)!.Description = "All 47 branches. 全国。";
    }
}
