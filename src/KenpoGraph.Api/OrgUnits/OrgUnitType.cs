using GraphQL.Types;
using KenpoGraph.Api.Facts;
using KenpoGraph.Api.Incentives;
using KenpoGraph.Api.Regions;
using KenpoGraph.Api.Rollups;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.OrgUnits;

internal sealed class OrgUnitType : ObjectGraphType<OrgUnit>
{
    public OrgUnitType()
    {
        Name = "OrgUnit";
        this.Says("An org unit: the headquarters (本部, code 00, holder of national figures) or one of the 47 prefectural branches (支部, JIS code 01–47).", "組織単位。");
        Interface<NodeInterface>();
        this.Id(x => x.Code);
        Field(x => x.Code).Says("JIS prefecture code 01–47 for a branch, 00 for the headquarters.", "コード。");
        Field(x => x.Kind, type: typeof(NonNullGraphType<OrgUnitKindType>)).Says("Headquarters or branch.", "種別。");
        Field(x => x.NameJa).Says("Japanese name, e.g. 北海道.", "名称（日本語）。");
        Field(x => x.NameEn).Says("English name, e.g. Hokkaido.", "名称（英語）。");
        Field(x => x.OfficialNameJa).Says("Official Japanese name, e.g. 全国健康保険協会北海道支部.", "正式名称。");
        Field(x => x.OfficialNameEn).Says("Official English name.", "正式名称（英語）。");
        Field<RegionType>("region")
            .Says("The regional block of a branch in the default grouping (eight standard regions); null for the headquarters.", "地域ブロック。")
            .Resolve(c => c.Source.Kind == OrgUnitKind.Branch ? RegionLoaders.DefaultRegionOf(c, c.Source.Code) : null);
        this.AddMembershipField();
        this.AddFactsField();
        this.AddIncentiveField();
        this.AddSeriesField(unit => unit.Kind == OrgUnitKind.Headquarters
            ? (Domain.Rollups.RollupLevel.National, unit.Code)
            : (Domain.Rollups.RollupLevel.Branch, unit.Code));
    }
}
