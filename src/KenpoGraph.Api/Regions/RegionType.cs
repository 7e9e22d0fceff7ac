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
        Description = "A regional block grouping branches between branch and national level. 地域ブロック。";
        Interface<NodeInterface>();
        this.Id(x => x.Code);
        Field<NonNullGraphType<StringGraphType>>("code").Description("Region code, e.g. KANTO. コード。").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("grouping").Description("The grouping this region belongs to, e.g. STANDARD8. 区分。").Resolve(c => c.Source.GroupingCode);
        Field<NonNullGraphType<StringGraphType>>("nameJa").Description("Japanese name, e.g. 関東. 名称。").Resolve(c => c.Source.NameJa);
        Field<NonNullGraphType<StringGraphType>>("nameEn").Description("English name, e.g. Kanto. 名称（英語）。").Resolve(c => c.Source.NameEn);
        Field<NonNullGraphType<IntGraphType>>("sortOrder").Description("Position in the grouping's customary order. 表示順。").Resolve(c => c.Source.SortOrder);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrgUnitType>>>>("branches")
            .Description("The branches of this region, in JIS order. 所属支部。")
            .Resolve(c => RegionLoaders.BranchesOf(c, c.Source));
        this.AddSeriesField(region => (Domain.Rollups.RollupLevel.Region, region.Code));
    }
}
