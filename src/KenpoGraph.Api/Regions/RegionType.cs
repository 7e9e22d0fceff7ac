using GraphQL.Types;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Rollups;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Regions;

internal sealed class RegionType : ObjectGraphType<Region>
{
    public RegionType()
    {
        Name = "Region";
        this.Says("A regional block grouping branches between branch and national level.", "地域ブロック。");
        Interface<NodeInterface>();
        this.Id(x => x.Code);
        Field(x => x.Code).Says("Region code, e.g. KANTO.", "コード。");
        Field("grouping", x => x.GroupingCode).Says("The grouping this region belongs to, e.g. STANDARD8.", "区分。");
        Field(x => x.NameJa).Says("Japanese name, e.g. 関東.", "名称。");
        Field(x => x.NameEn).Says("English name, e.g. Kanto.", "名称（英語）。");
        Field(x => x.SortOrder).Says("Position in the grouping's customary order.", "表示順。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrgUnitType>>>>("branches")
            .Says("The branches of this region, in JIS order.", "所属支部。")
            .Resolve(c => RegionLoaders.BranchesOf(c, c.Source));
        this.AddSeriesField(region => (Domain.Rollups.RollupLevel.Region, region.Code));
    }
}
