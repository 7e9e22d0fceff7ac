using KenpoGraph.Api.Filtering;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Regions;

/// <summary>RegionFilterInput: conditions on a region, nested where a field leads to one (an org unit's region).</summary>
internal sealed class RegionFilterInputType : FilterInputType<RegionFilterInputType, Region>
{
    public RegionFilterInputType() : base("RegionFilterInput", "Conditions on a region (HotChocolate filtering conventions). 地域の絞り込み条件。")
    {
        Text("code", x => x.Code, "Region code, e.g. KANTO.");
        Text("grouping", x => x.GroupingCode, "Code of the grouping the region belongs to.");
        Text("nameJa", x => x.NameJa, "Japanese name.");
        Text("nameEn", x => x.NameEn, "English name.");
        Integer("sortOrder", x => x.SortOrder, "Position in the grouping.");
    }
}
