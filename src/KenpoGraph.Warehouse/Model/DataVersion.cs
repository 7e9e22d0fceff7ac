namespace KenpoGraph.Warehouse.Model;

/// <summary>data_version: one published load of the warehouse.</summary>
public sealed class DataVersion
{
    public required int Id { get; init; }
    public required DateTimeOffset LoadedAt { get; init; }

    /// <summary>SHA-256 over the input files' names and bytes: equal inputs give equal digests.</summary>
    public required string InputDigest { get; init; }

    /// <summary>Rows per table, as JSON ({"fact_observation": 60, ...}).</summary>
    public required string RowCountsJson { get; init; }
}
