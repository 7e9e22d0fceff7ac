using System.Data;
using KenpoGraph.Domain;
using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;
using KenpoGraph.Warehouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Warehouse.Tests.SqlServer;

/// <summary>
/// The loader's SQL Server bulk path up to the provider boundary: the DataTable handed to SqlBulkCopy has
/// exactly the table's columns (mapped by name), with types SqlBulkCopy maps onto the declared SQL types.
/// </summary>
public sealed class SqlServerBulkRowsTests
{
    private static readonly Dictionary<string, Type> ClrTypeOfSql = new(StringComparer.Ordinal)
    {
        ["nvarchar"] = typeof(string), ["nchar"] = typeof(string), ["decimal"] = typeof(decimal), ["int"] = typeof(int),
        ["bit"] = typeof(bool), ["date"] = typeof(DateTime), ["datetimeoffset"] = typeof(DateTimeOffset),
    };

    [Fact]
    public void Every_table_is_shaped_like_its_db_sqlserver_declaration()
    {
        var ddl = TSqlSchema.Read(SqlServerDdlTests.DdlFiles());
        using var db = SqlServerContext();
        var toDataTable = typeof(SqlServerBulkRows).GetMethod(nameof(SqlServerBulkRows.ToDataTable))!;

        foreach (var entity in db.Model.GetEntityTypes())
        {
            var empty = Array.CreateInstance(entity.ClrType, 0);
            using var data = (DataTable)toDataTable.MakeGenericMethod(entity.ClrType).Invoke(null, [db, empty])!;
            var table = ddl.Tables[data.TableName];

            // SqlBulkCopy maps the columns by name (SqlServerBulkRows.InsertAsync), so the set matters, not the order.
            Assert.Equal(table.Columns.Select(c => c.Name).Order(StringComparer.Ordinal),
                data.Columns.Cast<DataColumn>().Select(c => c.ColumnName).Order(StringComparer.Ordinal));
            foreach (var declared in table.Columns)
            {
                var column = data.Columns[declared.Name]!;
                var sqlType = declared.Type.Split('(')[0];
                Assert.True(ClrTypeOfSql[sqlType] == column.DataType, $"{data.TableName}.{column.ColumnName}: {declared.Type} is sent as {column.DataType.Name}");
                Assert.True(declared.Nullable == column.AllowDBNull, $"{data.TableName}.{column.ColumnName}: nullability");
            }
        }
    }

    [Fact]
    public void Observations_and_rollups_carry_every_seed_row_with_provider_values()
    {
        var reading = SeedReader.Read(SeedWorkspace.RepositorySeedDirectory);
        Assert.Empty(reading.Problems);
        var seeds = reading.Seeds!;
        using var db = SqlServerContext();

        using var observations = SqlServerBulkRows.ToDataTable(db, seeds.Observations);
        using var rollups = SqlServerBulkRows.ToDataTable(db, seeds.Rollups);

        Assert.Equal("fact_observation", observations.TableName);
        Assert.Equal(seeds.Observations.Count, observations.Rows.Count);
        var first = seeds.Observations[0];
        var row = observations.Rows[0];
        Assert.Equal(first.OrgUnitCode, row["org_unit_code"]);
        Assert.Equal(first.Value, row["value"]);
        Assert.Equal(EnumCode.Of(first.Quality), row["quality"]);
        Assert.Equal(EnumCode.Of(first.Basis), row["basis"]);
        Assert.Equal(first.Note ?? (object)DBNull.Value, row["note"]);

        Assert.Equal("fact_rollup", rollups.TableName);
        Assert.Equal(seeds.Rollups.Count, rollups.Rows.Count);
        var withoutValue = seeds.Rollups.Select((r, i) => (r, i)).FirstOrDefault(x => x.r.Denominator is null);
        Assert.Equal(DBNull.Value, rollups.Rows[withoutValue.i]["denominator"]);
        Assert.Equal(EnumCode.Of(seeds.Rollups[0].Level), rollups.Rows[0]["level"]);
    }

    private static WarehouseDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<WarehouseDbContext>().UseSqlServer("Server=none").Options);
}
