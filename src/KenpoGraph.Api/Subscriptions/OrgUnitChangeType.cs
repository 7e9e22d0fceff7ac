using GraphQL.Types;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Subscriptions;

internal sealed class OrgUnitChangeType : ObjectGraphType<OrgUnitChangeView>
{
    public OrgUnitChangeType()
    {
        Name = "OrgUnitChange";
        this.Says("One org unit's rows that a publish changed, over all tables.", "組織ごとの変更。");
        Field(x => x.Code).Says("Org unit code (00 or 01–47).", "組織コード。");
        Field<OrgUnitType>("orgUnit").Says("The org unit itself, as queries read it.", "組織。")
            .Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.Code, x => x.Code));
        Field(x => x.Added).Says("Rows added.", "追加行数。");
        Field(x => x.Changed).Says("Rows changed.", "変更行数。");
        Field(x => x.Removed).Says("Rows removed.", "削除行数。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("measures").Says("Measures whose figures of this org unit moved.", "変動した指標。")
            .Resolve(c => c.Source.Measures);
    }
}
