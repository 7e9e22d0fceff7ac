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

/// <summary>RegionSortInput: sorting by a region's fields, nested where a field leads to one (a fact's or a branch's region).</summary>
internal sealed class RegionSortInputType : Sorting.SortInputType<Region>
{
    public RegionSortInputType() : base("RegionSortInput", "Sort order by a region (HotChocolate sorting conventions). 地域の並び順。")
    {
        Sort("code", x => x.Code, "By region code.");
        Sort("nameJa", x => x.NameJa, "By Japanese name (code-point order).");
        Sort("nameEn", x => x.NameEn, "By English name.");
        Sort("sortOrder", x => x.SortOrder, "By position in the grouping (north to south for the standard regions).");
    }
}
