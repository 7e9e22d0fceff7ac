using KenpoGraph.Api.Filtering;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.OrgUnits;

internal sealed class OrgUnitFilterInputType : FilterInputType<OrgUnitFilterInputType, OrgUnit>
{
    public OrgUnitFilterInputType() : base("OrgUnitFilterInput", "Conditions on org units (HotChocolate filtering conventions). 組織単位の絞り込み条件。")
    {
        Text("code", x => x.Code, "JIS prefecture code.");
        Enumeration<OrgUnitKindType, OrgUnitKind>("kind", x => x.Kind, "Headquarters or branch.");
        Text("nameJa", x => x.NameJa, "Japanese name.");
        Text("nameEn", x => x.NameEn, "English name.");
        Text("officialNameJa", x => x.OfficialNameJa, "Official Japanese name.");
        Text("officialNameEn", x => x.OfficialNameEn, "Official English name.");
        Object<Regions.RegionFilterInputType, Region>("region", OrgUnitRegion.DefaultRegion,
            "The branch's region in the default grouping (the headquarters has none, so no region condition holds for it).");
    }
}

internal static class OrgUnitRegion
{
    /// <summary>The branch's region in the default grouping, as a query of at most one row (none for the headquarters).</summary>
    public static System.Linq.Expressions.Expression<Func<OrgUnit, IQueryable<Region>>> DefaultRegion(WarehouseDbContext db) => x =>
        from member in db.RegionMembers
        join grouping in db.RegionGroupings on member.GroupingCode equals grouping.Code
        join region in db.Regions on new { member.GroupingCode, Code = member.RegionCode } equals new { region.GroupingCode, region.Code }
        where grouping.IsDefault && member.OrgUnitCode == x.Code
        select region;
}

internal sealed class OrgUnitSortInputType : Sorting.SortInputType<OrgUnit>
{
    public OrgUnitSortInputType() : base("OrgUnitSortInput", "Sort order for org units (HotChocolate sorting conventions). 組織単位の並び順。")
    {
        Sort("code", x => x.Code, "By JIS code.");
        Sort("nameJa", x => x.NameJa, "By Japanese name (code-point order).");
        Sort("nameEn", x => x.NameEn, "By English name.");
        Sort("kind", x => x.Kind, "By kind.");
        Object<Regions.RegionSortInputType, Region>("region", OrgUnitRegion.DefaultRegion,
            "By the branch's region in the default grouping (the headquarters, without one, sorts as null).");
    }
}
