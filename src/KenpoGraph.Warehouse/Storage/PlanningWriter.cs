using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>Adds the plan, KPI and budget rows to the writer's context, parents before children.</summary>
internal static class PlanningWriter
{
    public static void Add(WarehouseDbContext db, PlanningSet planning)
    {
        db.AddRange(planning.PlanDocuments);
        db.AddRange(planning.PlanNodes.OrderBy(n => n.Depth));
        db.AddRange(planning.Kpis);
        db.AddRange(planning.KpiMethodVersions);
        db.AddRange(planning.KpiTargets);
        db.AddRange(planning.KpiResults);
        db.AddRange(planning.BudgetLines.OrderBy(l => l.Depth));
        db.AddRange(planning.BudgetAmounts);
        db.AddRange(planning.CheckResults);
    }
}
