using System.Data.Common;
using KenpoGraph.Warehouse.Loading;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>
/// Inserts rows with one prepared INSERT per table, reusing its parameters, instead of EF Core change
/// tracking: a load writes tens of thousands of fact rows, and tracked SaveChanges was ~15× slower.
/// Table names, column names and value conversions come from the EF Core model, so the schema is
/// still declared in one place.
/// </summary>
internal static class TableInserter
{
    public static async Task<int> InsertAsync<TEntity>(WarehouseDbContextAccess access, IEnumerable<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (access.Connection is Npgsql.NpgsqlConnection)
        {
            return await PostgreSqlBulkRows.InsertAsync(access, rows, cancellationToken);
        }
        var target = InsertTarget.Of<TEntity>(access.Db);
        if (SqliteRowBatches.For(access, target) is { } batches)
        {
            return batches.Insert(access, rows, cancellationToken);
        }

        await using var command = access.Connection.CreateCommand();
        command.Transaction = access.Transaction;
        var names = target.Properties.Select((_, i) => $"@p{i}").ToArray();
        command.CommandText = $"{target.InsertInto} VALUES ({string.Join(", ", names)})";
        var parameters = target.Properties.Select((p, i) =>
        {
            var parameter = target.Mappings[i].CreateParameter(command, names[i], null, p.IsNullable);
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(cancellationToken);

        var written = new WrittenRows(access, target.Table.Name);
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = target.ProviderValue(i, row) ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
            if (written.One())
            {
                command.Transaction = access.Transaction;
            }
        }
        return written.Finish();
    }
}

/// <summary>
/// One table's rows as they are written, whichever way they are inserted: each counts towards the load's intermediate
/// commits (<see cref="WarehouseDbContextAccess.RowWritten"/>) and, every <see cref="RowProgress.ReportEvery"/> rows, to progress.
/// </summary>
internal sealed class WrittenRows(WarehouseDbContextAccess access, string table)
{
    private int _count;
    private int _reported;

    /// <summary>Counts one row; true when a commit began a new transaction that the caller's commands must take.</summary>
    public bool One()
    {
        var committed = access.RowWritten();
        if (++_count - _reported == RowProgress.ReportEvery)
        {
            access.Progress?.Wrote(table, _count - _reported);
            _reported = _count;
        }
        return committed;
    }

    /// <summary>Reports the rows not yet reported and returns how many were written.</summary>
    public int Finish()
    {
        access.Progress?.Wrote(table, _count - _reported);
        return _count;
    }
}

/// <summary>A table as the EF Core model declares it: its columns in order, their type mappings, and the start of its INSERT.</summary>
internal sealed class InsertTarget
{
    private readonly IClrPropertyGetter[] _getters;
    private readonly ValueConverter?[] _converters;

    private InsertTarget(StoreObjectIdentifier table, IProperty[] properties, RelationalTypeMapping[] mappings, string insertInto)
    {
        Table = table;
        Properties = properties;
        Mappings = mappings;
        InsertInto = insertInto;
        _getters = [.. properties.Select(p => p.GetGetter())];
        _converters = [.. mappings.Select(m => m.Converter)];
    }

    public StoreObjectIdentifier Table { get; }

    public IProperty[] Properties { get; }

    public RelationalTypeMapping[] Mappings { get; }

    /// <summary><c>INSERT INTO "table" ("column", …)</c>, the VALUES to follow.</summary>
    public string InsertInto { get; }

    public static InsertTarget Of<TEntity>(Model.WarehouseDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        return new InsertTarget(table, properties, [.. properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping())],
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns})");
    }

    /// <summary>Column <paramref name="column"/> of <paramref name="row"/> as the database stores it (after the model's value conversion).</summary>
    public object? ProviderValue(int column, object row)
    {
        var value = _getters[column].GetClrValue(row);
        return _converters[column] is { } converter && value is not null ? converter.ConvertToProvider(value) : value;
    }
}

/// <summary>The context, its open connection, the load's transaction and where to report rows written.</summary>
/// <param name="rowsPerCommit">
/// When set, the load commits after this many rows and goes on in a new transaction: see <see cref="RowWritten"/>.
/// Null keeps every row in the one transaction the caller began (SQL Server, where committing publishes).
/// </param>
internal sealed class WarehouseDbContextAccess(Model.WarehouseDbContext db, DbConnection connection, DbTransaction transaction,
    RowProgress? progress = null, int? rowsPerCommit = null)
{
    private int _uncommitted;

    public Model.WarehouseDbContext Db { get; } = db;

    public DbConnection Connection { get; } = connection;

    public RowProgress? Progress { get; } = progress;

    public int? RowsPerCommit { get; } = rowsPerCommit;

    /// <summary>The transaction the next statement runs in (a new one after each intermediate commit).</summary>
    public DbTransaction Transaction { get; private set; } = transaction;

    /// <summary>
    /// Counts one row written; every <see cref="RowsPerCommit"/> rows, commits and begins the next transaction and
    /// returns true (the caller's commands must then take the new <see cref="Transaction"/>).
    /// </summary>
    public bool RowWritten()
    {
        if (RowsPerCommit is not { } every || ++_uncommitted < every)
        {
            return false;
        }
        Transaction.Commit();
        Transaction.Dispose();
        Transaction = Connection.BeginTransaction();
        _uncommitted = 0;
        return true;
    }
}

/// <summary>Counts the rows a load has written and reports them as <see cref="LoadPhase.Writing"/> progress.</summary>
internal sealed class RowProgress(IProgress<LoadProgress> progress, long total)
{
    /// <summary>Rows between two reports of one table: often enough for a progress line, rare enough to cost nothing.</summary>
    public const int ReportEvery = 2000;

    private long _written;

    public void Wrote(string table, int rows)
    {
        _written += rows;
        progress.Report(new LoadProgress(LoadPhase.Writing, _written, total, table));
    }
}
