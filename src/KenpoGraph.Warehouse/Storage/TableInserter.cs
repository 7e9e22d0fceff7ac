using System.Data.Common;
using KenpoGraph.Warehouse.Loading;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

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
        var entity = access.Db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().ToArray();
        var sql = access.Db.GetService<ISqlGenerationHelper>();

        await using var command = access.Connection.CreateCommand();
        command.Transaction = access.Transaction;
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        var names = properties.Select((_, i) => $"@p{i}").ToArray();
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ({string.Join(", ", names)})";
        var mappings = properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToArray();
        var parameters = properties.Select((p, i) =>
        {
            var parameter = mappings[i].CreateParameter(command, names[i], null, p.IsNullable);
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(cancellationToken);

        var count = 0;
        var reported = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < properties.Length; i++)
            {
                var value = properties[i].GetGetter().GetClrValue(row);
                var converter = mappings[i].Converter;
                parameters[i].Value = (converter is null || value is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
            if (access.RowWritten())
            {
                command.Transaction = access.Transaction;
            }
            if (++count - reported == RowProgress.ReportEvery)
            {
                access.Progress?.Wrote(table.Name, count - reported);
                reported = count;
            }
        }
        access.Progress?.Wrote(table.Name, count - reported);
        return count;
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
