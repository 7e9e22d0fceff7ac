using KenpoGraph.Warehouse.Loading;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>Inserts the plan, KPI and budget rows, parents before children (trees by depth).</summary>
internal static class PlanningWriter
{
    public static async Task InsertAsync(WarehouseDbContextAccess access, PlanningSet planning, CancellationToken cancellationToken)
    {
        await TableInserter.InsertAsync(access, planning.PlanDocuments, cancellationToken);
        await TableInserter.InsertAsync(access, planning.PlanNodes.OrderBy(n => n.Depth), cancellationToken);
        await TableInserter.InsertAsync(access, planning.Kpis, cancellationToken);
        await TableInserter.InsertAsync(access, planning.KpiMethodVersions, cancellationToken);
        await TableInserter.InsertAsync(access, planning.KpiTargets, cancellationToken);
        await TableInserter.InsertAsync(access, planning.KpiResults, cancellationToken);
        await TableInserter.InsertAsync(access, planning.BudgetLines.OrderBy(l => l.Depth), cancellationToken);
        await TableInserter.InsertAsync(access, planning.BudgetAmounts, cancellationToken);
        await TableInserter.InsertAsync(access, planning.CheckResults, cancellationToken);
    }
}
