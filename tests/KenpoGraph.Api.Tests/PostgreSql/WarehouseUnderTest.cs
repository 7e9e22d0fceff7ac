using KenpoGraph.Testing;
using Npgsql;

namespace KenpoGraph.Api.Tests.PostgreSql;

/// <summary>
/// Which warehouse a provider-parameterised test runs on: SQLite (the data directory, nothing to add) or a database of
/// its own on a PostgreSQL cluster (<see cref="PostgreSqlCluster"/>), with the settings the server and `kenpograph load`
/// take to use it. Where PostgreSQL is not installed, <see cref="Missing"/> says why and the test skips.
/// </summary>
internal sealed class WarehouseUnderTest : IDisposable
{
    private WarehouseUnderTest(string name, string[] settings, string? connectionString, string? location, string? missing)
    {
        Name = name;
        Settings = settings;
        ConnectionString = connectionString;
        Location = location;
        Missing = missing;
    }

    public string Name { get; }

    /// <summary>Command-line settings for the server and the loader, e.g. <c>--Warehouse:Provider=PostgreSql</c>.</summary>
    public string[] Settings { get; }

    public string? ConnectionString { get; }

    /// <summary>The store's Location as the loader prints it; null: the data directory (SQLite).</summary>
    public string? Location { get; }

    /// <summary>Why the test cannot run here (PostgreSQL not installed), or null.</summary>
    public string? Missing { get; }

    public static WarehouseUnderTest Sqlite() => new("SQLite", [], null, null, null);

    /// <param name="cluster">A cluster of the test's own (one it stops and starts); by default the shared one.</param>
    /// <param name="connectionOptions">Added to the connection string, e.g. <c>Maximum Pool Size=2</c>.</param>
    public static WarehouseUnderTest PostgreSql(PostgreSqlCluster? cluster = null, string? connectionOptions = null)
    {
        if (PostgreSqlCluster.Missing is { } missing)
        {
            return new("PostgreSQL", [], null, null, missing);
        }
        var connectionString = (cluster ?? PostgreSqlCluster.Shared).CreateDatabase();
        if (connectionOptions is not null)
        {
            connectionString += ";" + connectionOptions;
        }
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        return new("PostgreSQL", ["--Warehouse:Provider=PostgreSql", $"--Warehouse:ConnectionString={connectionString}"], connectionString,
            $"PostgreSQL {settings.Host}:{settings.Port}/{settings.Database}", null);
    }

    /// <summary>Settings for <see cref="KenpoGraphApi"/>'s in-memory host (keys without the leading dashes).</summary>
    public Dictionary<string, string> HostSettings() => Settings
        .Select(s => s.TrimStart('-').Split('=', 2))
        .ToDictionary(p => p[0], p => p[1]);

    public void Dispose()
    {
        // Each test's database stays on the cluster until the test process ends and the cluster is removed.
        NpgsqlConnection.ClearAllPools();
    }
}
