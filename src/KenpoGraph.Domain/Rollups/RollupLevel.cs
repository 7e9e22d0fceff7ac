namespace KenpoGraph.Domain.Rollups;

/// <summary>Where a roll-up stands between a branch and the nation.</summary>
public enum RollupLevel
{
    Branch,
    Region,
    National,
}
