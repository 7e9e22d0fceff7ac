using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Subscriptions;

internal sealed class TableChangeType : ObjectGraphType<TableChangeView>
{
    public TableChangeType()
    {
        Name = "TableChange";
        this.Says("Rows of one warehouse table that a publish added, changed or removed.", "表の変更件数。");
        Field(x => x.Table).Says("Warehouse table, e.g. fact_observation.", "表名。");
        Field(x => x.Added).Says("Rows added.", "追加行数。");
        Field(x => x.Changed).Says("Rows changed.", "変更行数。");
        Field(x => x.Removed).Says("Rows removed.", "削除行数。");
    }
}
