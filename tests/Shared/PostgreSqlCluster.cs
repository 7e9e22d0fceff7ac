using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace KenpoGraph.Testing;

/// <summary>
/// A private PostgreSQL cluster for tests: initdb and pg_ctl from Debian's postgresql package in a temporary folder,
/// listening on a free loopback port only, trust authentication (nothing but this machine's loopback can reach it, and
/// no password exists to leak), fsync off (a test cluster is thrown away). No Docker. As root (CI), the server runs
/// as the postgres user, which initdb requires. Torn down when the test process exits; a cluster left by a killed
/// test run is stopped and removed by the next run.
/// </summary>
internal sealed class PostgreSqlCluster : IDisposable
{
    private const string FolderPrefix = "kenpograph-pg-";

    private static readonly Lazy<PostgreSqlCluster> SharedCluster = new(() => Start("shared"));

    private readonly string _bin;
    private readonly string _data;
    private readonly string _log;
    private bool _disposed;

    private PostgreSqlCluster(string bin, string root, int port)
    {
        _bin = bin;
        Root = root;
        _data = Path.Combine(root, "data");
        _log = Path.Combine(root, "server.log");
        Port = port;
    }

    /// <summary>The folder of initdb and pg_ctl, or null when PostgreSQL is not installed.</summary>
    public static string? BinDirectory { get; } = FindBinaries();

    /// <summary>Why the PostgreSQL tests cannot run here, or null when they can.</summary>
    public static string? Missing => BinDirectory is null
        ? "PostgreSQL is not installed (no initdb/pg_ctl under /usr/lib/postgresql/*/bin or $KENPOGRAPH_PG_BIN): apt-get install postgresql. .ci/run installs it, so CI runs these tests."
        : null;

    /// <summary>One cluster for the whole test process (started on first use): tests each take a database of their own.</summary>
    public static PostgreSqlCluster Shared => SharedCluster.Value;

    public string Root { get; }

    public int Port { get; private set; }

    /// <summary>Starts a cluster of its own, for a test that stops and restarts the server.</summary>
    public static PostgreSqlCluster Start(string purpose)
    {
        var bin = BinDirectory ?? throw new InvalidOperationException(Missing);
        RemoveAbandonedClusters();
        var root = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
        File.WriteAllText(Path.Combine(root, "owner.pid"), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var cluster = new PostgreSqlCluster(bin, root, FreePort());
        AsPostgres(root);
        cluster.Run("initdb", "-D", cluster._data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        cluster.StartServer();
        return cluster;
    }

    /// <summary>The server, started (again, after <see cref="Stop"/>) on the same port; waits until it accepts connections.</summary>
    public void StartServer()
    {
        // -k: the Unix socket in our folder, not /var/run/postgresql; only loopback TCP besides.
        Run("pg_ctl", "-D", _data, "-l", _log, "-w", "-t", "60", "-o",
            $"-p {Port} -k {Root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60 -c shared_buffers=32MB",
            "start");
    }

    /// <summary>Stops the server (fast: open sessions are ended, as in a failover or a restart by the DBA).</summary>
    public void Stop() => Run("pg_ctl", "-D", _data, "-m", "fast", "-w", "stop");

    /// <summary>A new, empty database in UTF-8 with code-point collation (C.UTF-8); its connection string.</summary>
    public string CreateDatabase(string? name = null)
    {
        name ??= $"kenpograph_{Guid.NewGuid():N}"[..30];
        using (var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'";
            command.ExecuteNonQuery();
        }
        return ConnectionString(name);
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = database,
        Username = "postgres",
    }.ConnectionString;

    /// <summary>What the server logged (for a failing test's message).</summary>
    public string ServerLog => File.Exists(_log) ? File.ReadAllText(_log) : "";

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        try
        {
            if (File.Exists(Path.Combine(_data, "postmaster.pid")))
            {
                Run("pg_ctl", "-D", _data, "-m", "immediate", "-w", "stop");
            }
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Run(string program, params string[] arguments)
    {
        var (exit, output) = RunProcess(Path.Combine(_bin, program), arguments);
        if (exit != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {exit}:\n{output}\n{ServerLog}");
        }
    }

    private static (int Exit, string Output) RunProcess(string program, IEnumerable<string> arguments, bool asPostgres = true)
    {
        asPostgres &= IsRoot;
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres)
        {
            // initdb and the server refuse to run as root.
            foreach (var argument in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(argument);
            }
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
        }
        process.WaitForExit();
        return (process.ExitCode, output.Result + errors.Result);
    }

    private static bool IsRoot => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    private static void AsPostgres(string root)
    {
        if (IsRoot)
        {
            RunProcess("chown", ["-R", "postgres:postgres", root], asPostgres: false);
        }
    }

    /// <summary>Clusters whose test process is gone (killed before it could stop them): stopped and deleted.</summary>
    private static void RemoveAbandonedClusters()
    {
        foreach (var folder in new DirectoryInfo(Path.GetTempPath()).EnumerateDirectories(FolderPrefix + "*"))
        {
            var owner = Path.Combine(folder.FullName, "owner.pid");
            if (!File.Exists(owner) || !int.TryParse(File.ReadAllText(owner), out var pid) || IsAlive(pid))
            {
                continue;
            }
            var data = Path.Combine(folder.FullName, "data");
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                RunProcess(Path.Combine(BinDirectory!, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
            }
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("KENPOGRAPH_PG_BIN") is { Length: > 0 } configured)
        {
            return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;
        }
        if (!Directory.Exists("/usr/lib/postgresql"))
        {
            return null;
        }
        return Directory.GetDirectories("/usr/lib/postgresql")
            .Select(d => Path.Combine(d, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            .FirstOrDefault();
    }
}
