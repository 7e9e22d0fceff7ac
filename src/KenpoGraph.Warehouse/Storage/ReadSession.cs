using System.Data.Common;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>A reader's connection and its snapshot transaction: rolled back and returned to the pool when disposed.</summary>
internal sealed class ReadSession(DbConnection connection, DbTransaction transaction) : IWarehouseSession
{
    private int _disposed;

    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

    public object? Scalar(string sql)
    {
        using var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public List<int> Ids(string sql)
    {
        using var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var ids = new List<int>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt32(0));
        }
        return ids;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        // Read only: ending it is all there is to do, and a broken connection has nothing to end.
        try
        {
            Transaction.Dispose();
        }
        finally
        {
            Connection.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        try
        {
            await Transaction.DisposeAsync();
        }
        finally
        {
            await Connection.DisposeAsync();
        }
    }
}
