namespace KenpoGraph.Warehouse.Loading;

/// <summary>The steps of a load, in order.</summary>
public enum LoadPhase
{
    /// <summary>Reading and validating the seed files (Done/Total: files).</summary>
    Reading,

    /// <summary>Comparing the input with the current version (dry run and report).</summary>
    Comparing,

    /// <summary>Writing the new version's rows (Done/Total: rows; Detail: the table).</summary>
    Writing,

    /// <summary>Making the written version current (Done = 1 when it is).</summary>
    Publishing,
}

/// <summary>How far a load is: <paramref name="Done"/> of <paramref name="Total"/> in <paramref name="Phase"/>.</summary>
public sealed record LoadProgress(LoadPhase Phase, long Done, long Total, string? Detail);
