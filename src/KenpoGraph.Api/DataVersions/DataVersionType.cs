using System.Text.Json;
using GraphQL.Types;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.DataVersions;

internal sealed class DataVersionType : ObjectGraphType<DataVersion>
{
    public DataVersionType()
    {
        Name = "DataVersion";
        this.Says("One published load of the warehouse; every response belongs to exactly one.", "データ版。");
        Field(x => x.Id).Says("Sequential id; also in every response's extensions.dataVersion.", "版番号。");
        Field(x => x.LoadedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Says("When the load was published (UTC).", "公開日時。");
        Field(x => x.InputDigest).Says("SHA-256 of the input files: equal inputs, equal digest.", "入力の要約値。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TableRowCountType>>>>("rowCounts")
            .Says("Rows loaded per warehouse table.", "表ごとの行数。")
            .Resolve(c => JsonSerializer.Deserialize<SortedDictionary<string, int>>(c.Source.RowCountsJson)!.ToArray());
    }
}
