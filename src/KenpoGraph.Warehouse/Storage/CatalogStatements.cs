namespace KenpoGraph.Warehouse.Storage;

/// <summary>
/// The statements <see cref="ServerWarehouseStore"/> runs on the catalog (db/postgresql/010_catalog.sql,
/// db/sqlserver/015_catalog.sql), written once in SQL both servers read alike. PostgreSQL runs them in CI; the
/// SQL Server tests parse every one as T-SQL (SqlServer/SqlServerDialectTests), since no SQL Server runs there.
/// </summary>
internal static class CatalogStatements
{
    public const string Loading = "LOADING";
    public const string Published = "PUBLISHED";

    public const string CurrentVersion = "SELECT version_id FROM kenpograph.current_version";

    public const string PublishedIds = $"SELECT id FROM kenpograph.warehouse_version WHERE state = '{Published}' ORDER BY id";

    public const string Versions = "SELECT id, state FROM kenpograph.warehouse_version ORDER BY id";

    public const string RegisterLoading = $"INSERT INTO kenpograph.warehouse_version (id, state, started_at) VALUES (@id, '{Loading}', @now)";

    public const string MarkPublished = $"UPDATE kenpograph.warehouse_version SET state = '{Published}', published_at = @now WHERE id = @id";

    public const string Forget = "DELETE FROM kenpograph.warehouse_version WHERE id = @id";

    /// <summary>The id if version <paramref name="id"/> is published (an int, formatted invariantly: no text of a client's).</summary>
    public static string PublishedId(int id) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SELECT id FROM kenpograph.warehouse_version WHERE state = '{Published}' AND id = {id}");

    /// <summary>Every statement, for the tests that parse them.</summary>
    public static IReadOnlyList<string> All => [CurrentVersion, PublishedIds, Versions, RegisterLoading, MarkPublished, Forget, PublishedId(3)];
}
