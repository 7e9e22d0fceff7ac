using KenpoGraph.Domain.Access;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Domain.Rollups;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Warehouse.Model;

/// <summary>
/// The row filter: what one reader may see, as global query filters, so it is part of every query built on
/// the context, whatever shape the GraphQL request gave it (aliases, fragments, node ids, filters, batching).
/// A context is unrestricted until <see cref="RestrictTo"/> is called (the loader, and callers with every right).
/// </summary>
/// <remarks>
/// What a branch-level row is, table by table (docs/partners-and-access.md "Branches: kenpo_branches"):
/// dim_org_unit and dim_region_member: the branch's own row. fact_observation: its org unit (00 = national: always visible).
/// fact_rollup: BRANCH rows by their unit; REGION and NATIONAL rows aggregate and are always visible (their figures pass the API's disclosure control).
/// dim_plan_document: the org unit whose plan it is. dim_plan_node, dim_budget_line: their plan document;
/// fact_budget_amount: its line. fact_kpi_target and fact_kpi_result: their own org unit AND the plan document that prints
/// them (national targets quoted in a branch's KPI table belong to that table). check_result: a budget check its line,
/// any other its document's issuer. fact_incentive_published_rank: its branch. Not branch rows: documents, measures, KPI definitions, regions, fiscal years.
/// Finance facts (measures of subject FINANCE) are filtered for readers without Kenpo.Finance.Read.
/// For an unrestricted reader the branch conditions reduce to a true parameter in front of an OR (SQLite and SQL Server
/// short-circuit it), and the finance condition vanishes from the SQL (EF Core specialises a command on null parameters).
/// </remarks>
public sealed partial class WarehouseDbContext
{
    /// <summary>Branch codes the reader may see; null: every branch. The headquarters (00) is never filtered.</summary>
    private string[]? VisibleBranches { get; set; }

    /// <summary>The measure subject whose facts the reader may not see (FINANCE); null: every fact.</summary>
    private string? HiddenFactSubject { get; set; }

    /// <summary>Limits every later query of this context to what <paramref name="rights"/> may see.</summary>
    public WarehouseDbContext RestrictTo(AccessRights rights)
    {
        VisibleBranches = rights.Branches.Branches?.ToArray();
        HiddenFactSubject = rights.CanReadFinance ? null : KenpoScope.FinanceFactSubject;
        return this;
    }

    private void ConfigureRowFilter(ModelBuilder model)
    {
        const string headquarters = OrgUnitCode.HeadquartersCode;

        model.Entity<OrgUnit>().HasQueryFilter(BranchesFilter,
            u => VisibleBranches == null || u.Code == headquarters || VisibleBranches.Contains(u.Code));
        model.Entity<RegionMember>().HasQueryFilter(BranchesFilter,
            m => VisibleBranches == null || VisibleBranches.Contains(m.OrgUnitCode));

        model.Entity<Observation>().HasQueryFilter(BranchesFilter,
            o => VisibleBranches == null || o.OrgUnitCode == headquarters || VisibleBranches.Contains(o.OrgUnitCode));
        model.Entity<Observation>().HasQueryFilter(FinanceFilter,
            o => HiddenFactSubject == null || !Measures.Any(m => m.Code == o.MeasureCode && m.Subject == HiddenFactSubject));
        model.Entity<Rollup>().HasQueryFilter(BranchesFilter,
            r => VisibleBranches == null || r.Level != RollupLevel.Branch || VisibleBranches.Contains(r.UnitCode));
        model.Entity<Rollup>().HasQueryFilter(FinanceFilter,
            r => HiddenFactSubject == null || !Measures.Any(m => m.Code == r.MeasureCode && m.Subject == HiddenFactSubject));

        model.Entity<IncentivePublishedRank>().HasQueryFilter(BranchesFilter,
            r => VisibleBranches == null || VisibleBranches.Contains(r.OrgUnitCode));

        model.Entity<PlanDocument>().HasQueryFilter(BranchesFilter,
            p => VisibleBranches == null || p.OrgUnitCode == headquarters || VisibleBranches.Contains(p.OrgUnitCode));
        // The rows below belong to a plan document: they are visible when it is (its own filter applies inside).
        model.Entity<PlanNode>().HasQueryFilter(BranchesFilter,
            n => VisibleBranches == null || PlanDocuments.Any(p => p.Code == n.PlanDocumentCode));
        model.Entity<KpiTarget>().HasQueryFilter(BranchesFilter,
            t => VisibleBranches == null || ((t.OrgUnitCode == headquarters || VisibleBranches.Contains(t.OrgUnitCode))
                && PlanDocuments.Any(p => p.Code == t.PlanDocumentCode)));
        model.Entity<KpiResult>().HasQueryFilter(BranchesFilter,
            r => VisibleBranches == null || ((r.OrgUnitCode == headquarters || VisibleBranches.Contains(r.OrgUnitCode))
                && PlanDocuments.Any(p => p.Code == r.PlanDocumentCode)));
        model.Entity<BudgetLine>().HasQueryFilter(BranchesFilter,
            l => VisibleBranches == null || PlanDocuments.Any(p => p.Code == l.PlanDocumentCode));
        model.Entity<BudgetAmount>().HasQueryFilter(BranchesFilter,
            a => VisibleBranches == null || BudgetLines.Any(l => l.Code == a.LineCode));
        model.Entity<LoadCheckResult>().HasQueryFilter(BranchesFilter,
            c => VisibleBranches == null
                || (c.BudgetLineCode != null && BudgetLines.Any(l => l.Code == c.BudgetLineCode))
                || (c.BudgetLineCode == null && Documents.Any(d => d.Code == c.DocumentCode
                    && (d.OrgUnitCode == headquarters || VisibleBranches.Contains(d.OrgUnitCode)))));
    }

    /// <summary>The named filter that limits rows to the reader's branches.</summary>
    public const string BranchesFilter = "branches";

    /// <summary>The named filter that hides finance facts from readers without Kenpo.Finance.Read.</summary>
    public const string FinanceFilter = "finance";
}
