using GraphQL;
using GraphQL.DataLoader;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Regions;

/// <summary>Batched region look-ups: one statement per query level, whatever the number of branches.</summary>
internal static class RegionLoaders
{
    public static IDataLoaderResult<Region?> DefaultRegionOf(IResolveFieldContext context, string orgUnitCode)
    {
        var warehouse = context.Warehouse();
        if (warehouse.Model is { } model)
        {
            return new LoadedResult<Region?>(model.Index("regions:defaultOf", view =>
            {
                var defaults = view.Rows<RegionGrouping>().Where(g => g.IsDefault).Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
                var regions = view.Rows<Region>().ToDictionary(r => r.Code);
                return view.Rows<RegionMember>().Where(m => defaults.Contains(m.GroupingCode) && regions.ContainsKey(m.RegionCode))
                    .ToDictionary(m => m.OrgUnitCode, m => regions[m.RegionCode]);
            }).GetValueOrDefault(orgUnitCode));
        }
        return context.Loaders().Get<string, Region?>("defaultRegionOf", async (codes, cancellationToken) =>
        {
            var rows = await (
                from member in DefaultGrouping.Members(warehouse.Db)
                join region in warehouse.Db.Regions on member.RegionCode equals region.Code
                where codes.Contains(member.OrgUnitCode)
                select new { member.OrgUnitCode, Region = region }).ToListAsync(cancellationToken);
            return rows.ToDictionary(r => r.OrgUnitCode, r => (Region?)r.Region);
        }).Load(orgUnitCode);
    }

    public static IDataLoaderResult<IEnumerable<OrgUnit>> BranchesOf(IResolveFieldContext context, Region region)
    {
        var warehouse = context.Warehouse();
        if (warehouse.Model is { } model)
        {
            var branchesOf = model.Index("regions:branchesOf", view =>
            {
                var units = view.Rows<OrgUnit>().ToDictionary(u => u.Code);
                return view.Rows<RegionMember>().Where(m => units.ContainsKey(m.OrgUnitCode)).OrderBy(m => m.OrgUnitCode, StringComparer.Ordinal)
                    .GroupBy(m => m.RegionCode).ToDictionary(g => g.Key, g => g.Select(m => units[m.OrgUnitCode]).ToArray());
            });
            return new LoadedResult<IEnumerable<OrgUnit>>(branchesOf.TryGetValue(region.Code, out var branches) ? branches : []);
        }
        return context.Loaders().Get<string, IEnumerable<OrgUnit>>("branchesOf", async (regionCodes, cancellationToken) =>
        {
            var rows = await (
                from member in warehouse.Db.RegionMembers
                join unit in warehouse.Db.OrgUnits on member.OrgUnitCode equals unit.Code
                where regionCodes.Contains(member.RegionCode)
                orderby unit.Code
                select new { member.RegionCode, Unit = unit }).ToListAsync(cancellationToken);
            return rows.GroupBy(r => r.RegionCode).ToDictionary(g => g.Key, g => g.Select(r => r.Unit));
        }, missing: []).Load(region.Code);
    }
}
