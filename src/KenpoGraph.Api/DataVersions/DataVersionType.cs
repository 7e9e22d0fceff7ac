using System.Text.Json;
using GraphQL.Types;
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
