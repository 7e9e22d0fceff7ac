using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Regions;

/// <summary>The default region grouping as queries join it (the feeds' regionCode, a branch's region).</summary>
internal static class DefaultGrouping
{
    /// <summary>Branches' memberships in the default grouping: at most one region per branch, none for the headquarters.</summary>
    public static IQueryable<RegionMember> Members(WarehouseDbContext db) =>
        from member in db.RegionMembers
        join grouping in db.RegionGroupings on member.GroupingCode equals grouping.Code
        where grouping.IsDefault
        select member;
}
