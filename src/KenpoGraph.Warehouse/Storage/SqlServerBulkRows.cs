using System.Data;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>
/// The large fact tables go to SQL Server with SqlBulkCopy (one streamed bulk insert instead of one
/// INSERT round trip per row). The rows are shaped from the EF Core model like TableInserter's: the same
/// columns in the same order, values through the same converters, so the schema is still declared once.
/// </summary>
internal static class SqlServerBulkRows
{
    /// <summary>The rows as a DataTable: one column per mapped property, named, typed and nullable as the table's.</summary>
    public static DataTable ToDataTable<TEntity>(DbContext db, IEnumerable<TEntity> rows) where TEntity : class
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().ToArray();
        var mappings = properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToArray();
        var data = new DataTable(table.Name);
        foreach (var (property, mapping) in properties.Zip(mappings))
        {
            var type = Nullable.GetUnderlyingType(mapping.Converter?.ProviderClrType ?? mapping.ClrType) ?? mapping.Converter?.ProviderClrType ?? mapping.ClrType;
            // DateOnly is sent as DateTime: SqlBulkCopy maps DataTable DateTime columns onto date.
            data.Columns.Add(new DataColumn(property.GetColumnName(table)!, type == typeof(DateOnly) ? typeof(DateTime) : type) { AllowDBNull = property.IsNullable });
        }
        foreach (var row in rows)
        {
            var values = new object[properties.Length];
            for (var i = 0; i < properties.Length; i++)
            {
                var value = properties[i].GetGetter().GetClrValue(row);
                var converter = mappings[i].Converter;
                value = converter is null || value is null ? value : converter.ConvertToProvider(value);
                values[i] = value switch
                {
                    null => DBNull.Value,
                    DateOnly date => date.ToDateTime(TimeOnly.MinValue),
                    _ => value,
                };
            }
            data.Rows.Add(values);
        }
        return data;
    }

    /// <summary>Bulk-inserts into the table inside the load's transaction, checking constraints (foreign keys stay trusted).</summary>
    public static async Task<int> InsertAsync<TEntity>(WarehouseDbContextAccess access, IEnumerable<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        using var data = ToDataTable(access.Db, rows);
        var sql = access.Db.GetService<ISqlGenerationHelper>();
        using var bulk = new SqlBulkCopy((SqlConnection)access.Connection, SqlBulkCopyOptions.CheckConstraints | SqlBulkCopyOptions.TableLock,
            (SqlTransaction)access.Transaction)
        {
            // With the version's schema (kenpograph_v000003): the table name alone would be looked up in the login's default schema.
            DestinationTableName = sql.DelimitIdentifier(data.TableName, access.Db.Model.FindEntityType(typeof(TEntity))!.GetSchema()),
            BulkCopyTimeout = 0,
        };
        foreach (DataColumn column in data.Columns)
        {
            bulk.ColumnMappings.Add(column.ColumnName, column.ColumnName);
        }
        await bulk.WriteToServerAsync(data, cancellationToken);
        access.Progress?.Wrote(data.TableName, data.Rows.Count);
        return data.Rows.Count;
    }
}
