using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.DataVersions;

internal sealed class TableRowCountType : ObjectGraphType<KeyValuePair<string, int>>
{
    public TableRowCountType()
    {
        Name = "TableRowCount";
        this.Says("How many rows a load wrote into one table.", "行数。");
        Field<NonNullGraphType<StringGraphType>>("table").Says("Warehouse table, e.g. fact_observation.", "表名。").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("rows").Says("Row count.", "行数。").Resolve(c => c.Source.Value);
    }
}
