using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>
/// Every table goes to PostgreSQL by binary COPY: one streamed statement per table instead of one INSERT round trip
/// per row. Columns, their order and the values (after the model's converters) come from the EF Core model through
/// <see cref="InsertTarget"/>, as for the other providers; each value is written as its column's PostgreSQL type.
/// </summary>
internal static class PostgreSqlBulkRows
{
    public static async Task<int> InsertAsync<TEntity>(WarehouseDbContextAccess access, IEnumerable<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        var target = InsertTarget.Of<TEntity>(access.Db);
        // "character varying(64)" → "character varying": binary COPY takes the type, the column applies its length.
        var types = target.Mappings.Select(m => TypeName(m.StoreType)).ToArray();
        var copy = target.InsertInto.Replace("INSERT INTO ", "COPY ", StringComparison.Ordinal) + " FROM STDIN (FORMAT BINARY)";
        var connection = (NpgsqlConnection)access.Connection;
        var written = new WrittenRows(access, target.Table.Name);
        await using (var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                for (var i = 0; i < types.Length; i++)
                {
                    if (target.ProviderValue(i, row) is { } value)
                    {
                        await importer.WriteAsync(value, types[i], cancellationToken);
                    }
                    else
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                }
                // Counted for progress only: a COPY is one statement, so the load's single transaction is never split.
                written.One();
            }
            await importer.CompleteAsync(cancellationToken);
        }
        return written.Finish();
    }

    internal static string TypeName(string storeType) =>
        storeType.IndexOf('(', StringComparison.Ordinal) is var open and > 0 ? storeType[..open].TrimEnd() : storeType;
}
