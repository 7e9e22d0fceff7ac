using Microsoft.Data.Sqlite;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>
/// Which exceptions mean "the warehouse cannot be read right now" (a fault of the storage, which clears
/// when the file is restored or the server comes back) rather than a bug in a query, and how a failed
/// publication is explained to the steward in one line.
/// </summary>
public static class WarehouseFaults
{
    // https://www.sqlite.org/rescode.html (primary codes; extended codes keep them in the low byte)
    private const int SqliteIoError = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    // errno ENOSPC (Linux, macOS) and Windows ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL, as .NET reports them in HResult.
    private static readonly int[] DiskFullCodes = [28, 112, 39];

    // SQL Server: timeout, network and "database unavailable" errors; a fatal severity (20+) also breaks the connection.
    private static readonly int[] SqlServerUnavailableNumbers = [-2, 53, 64, 233, 4060, 10053, 10054, 10060, 40197, 40501, 40613];

    /// <summary>The exception, or one of its inner exceptions, is a storage fault rather than a bug.</summary>
    public static bool IsUnavailable(Exception exception) => Find(exception, IsStorageFault) is not null;

    /// <summary>The first exception in the chain that is a storage fault, for its message.</summary>
    public static Exception? FindUnavailable(Exception exception) => Find(exception, IsStorageFault);

    /// <summary>
    /// The server cannot be reached or broke the connection (refused, reset, timed out, shut down, out of connections): what
    /// a retry on a fresh connection may cure, unlike an error in a statement.
    /// </summary>
    public static bool IsConnectionFault(Exception exception) => Find(exception, e => e switch
    {
        Npgsql.PostgresException postgres => IsPostgresUnavailable(postgres.SqlState),
        Npgsql.NpgsqlException => true,
        Microsoft.Data.SqlClient.SqlException sql => sql.Class >= 20 || SqlServerUnavailableNumbers.Contains(sql.Number),
        System.Net.Sockets.SocketException or TimeoutException => true,
        _ => false,
    }) is not null;

    // Class 08 (connection exception), 53 (insufficient resources: too many connections, out of memory or disk),
    // 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now: the server is stopping or starting).
    private static bool IsPostgresUnavailable(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal) || state is "57P01" or "57P02" or "57P03";

    /// <summary>The disk (or a size limit standing in for it) is full.</summary>
    public static bool IsDiskFull(Exception exception) => Find(exception, e =>
        e is SqliteException { SqliteErrorCode: SqliteFull }
        || (e is IOException io && DiskFullCodes.Contains(io.HResult & 0xFFFF))) is not null;

    /// <summary>
    /// One line that tells a steward why a publication failed and that nothing was published, without a
    /// stack trace: the disk is full, another load holds the lock, the data directory cannot be written.
    /// </summary>
    public static string DescribePublishFailure(Exception exception) => exception switch
    {
        _ when IsDiskFull(exception) => $"the disk is full ({Innermost(exception).Message.TrimEnd('.')})",
        LoadLockedException locked => locked.Message,
        UnauthorizedAccessException denied => $"access to a file was denied ({denied.Message.TrimEnd('.')})",
        IOException io => $"a file could not be read or written ({io.Message.TrimEnd('.')})",
        SqliteException sqlite => $"the warehouse file could not be written (SQLite error {sqlite.SqliteErrorCode}: {sqlite.Message.TrimEnd('.')})",
        Npgsql.PostgresException postgres => $"PostgreSQL refused the load (error {postgres.SqlState}: {postgres.MessageText.TrimEnd('.')}); its transaction was rolled back",
        Npgsql.NpgsqlException npgsql => $"the connection to PostgreSQL failed ({Innermost(npgsql).Message.TrimEnd('.')}); its transaction was rolled back",
        Microsoft.Data.SqlClient.SqlException sql => $"SQL Server refused the load (error {sql.Number}: {sql.Message.TrimEnd('.')}); its transaction was rolled back",
        _ => $"{exception.GetType().Name}: {exception.Message.TrimEnd('.')}",
    };

    private static bool IsStorageFault(Exception exception) => exception switch
    {
        WarehouseUnavailableException => true,
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) is SqliteIoError or SqliteCorrupt or SqliteCantOpen or SqliteNotADatabase,
        Microsoft.Data.SqlClient.SqlException sql => sql.Class >= 20 || SqlServerUnavailableNumbers.Contains(sql.Number),
        Npgsql.PostgresException postgres => IsPostgresUnavailable(postgres.SqlState),
        // Not an error the server sent: the connection itself failed (refused, reset, timed out, the pool exhausted).
        Npgsql.NpgsqlException => true,
        _ => false,
    };

    private static Exception? Find(Exception exception, Func<Exception, bool> predicate)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (predicate(current))
            {
                return current;
            }
        }
        return null;
    }

    private static Exception Innermost(Exception exception)
    {
        var current = exception;
        while (current.InnerException is not null)
        {
            current = current.InnerException;
        }
        return current;
    }
}

/// <summary>Another load holds the data directory's load lock: two loads never race for one version id.</summary>
public sealed class LoadLockedException(string message, Exception inner) : IOException(message, inner);
