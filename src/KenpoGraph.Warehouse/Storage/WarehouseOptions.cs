namespace KenpoGraph.Warehouse.Storage;

public enum WarehouseProvider
{
    /// <summary>The embedded default: one SQLite file per published data version.</summary>
    Sqlite,

    /// <summary>A production warehouse: SQL Server or Azure SQL.</summary>
    SqlServer,

    /// <summary>A production warehouse: PostgreSQL (14 or later; run in CI), one schema per data version.</summary>
    PostgreSql,
}

/// <summary>The <c>Warehouse</c> configuration section.</summary>
public sealed class WarehouseOptions
{
    public const string Section = "Warehouse";

    public WarehouseProvider Provider { get; set; } = WarehouseProvider.Sqlite;

    /// <summary>
    /// Where the SQLite warehouse lives. Outside the source tree by default, so a clone stays clean and
    /// several checkouts do not share data by accident.
    /// </summary>
    public string DataDirectory { get; set; } = DefaultDataDirectory;

    /// <summary>The server's connection string (Provider = SqlServer or PostgreSql).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The seed folder loaded on first start when no warehouse exists; null = find db/seed above the program.</summary>
    public string? SeedDirectory { get; set; }

    /// <summary>How many published versions to keep besides the current one (for diff and rollback), on SQLite and PostgreSQL.</summary>
    public int KeepPreviousVersions { get; set; } = 5;

    /// <summary>Where every load writes its report (JSON and text); null = <c>reports/</c> in the data directory.</summary>
    public string? ReportDirectory { get; set; }

    public string ReportDirectoryOrDefault => ReportDirectory ?? Path.Combine(DataDirectory, "reports");

    public static string DefaultDataDirectory => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "kenpograph");
}
