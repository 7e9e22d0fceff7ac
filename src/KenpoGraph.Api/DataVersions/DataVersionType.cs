using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Warehouse;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.DataVersions;

internal sealed class DataVersionType : ObjectGraphType<DataVersion>
{
    public DataVersionType()
    {
        Name = "DataVersion";
        Description = "One published load of the warehouse; every response belongs to exactly one. データ版。";
        Field<NonNullGraphType<IntGraphType>>("id").Description("Sequential id; also in every response's extensions.dataVersion. 版番号。").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("loadedAt").Description("When the load was published (UTC). 公開日時。").Resolve(c => c.Source.LoadedAt);
        Field<NonNullGraphType<StringGraphType>>("inputDigest").Description("SHA-256 of the input files: equal inputs, equal digest. 入力の要約値。").Resolve(c => c.Source.InputDigest);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TableRowCountType>>>>("rowCounts")
            .Description("Rows loaded per warehouse table. 表ごとの行数。")
            .Resolve(c => JsonSerializer.Deserialize<SortedDictionary<string, int>>(c.Source.RowCountsJson)!.ToArray());
    }
}

internal sealed class TableRowCountType : ObjectGraphType<KeyValuePair<string, int>>
{
    public TableRowCountType()
    {
        Name = "TableRowCount";
        Description = "How many rows a load wrote into one table. 行数。";
        Field<NonNullGraphType<StringGraphType>>("table").Description("Warehouse table, e.g. fact_observation. 表名。").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("rows").Description("Row count. 行数。").Resolve(c => c.Source.Value);
    }
}

internal static class DataVersionQueries
{
    public static void AddDataVersionQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<DataVersionType>>("dataVersion")
            .Description("The data version this response was read from. 応答のデータ版。")
            .Resolve(context => context.Warehouse().Snapshot.Version);
    }
}
