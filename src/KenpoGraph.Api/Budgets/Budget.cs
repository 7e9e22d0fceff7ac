using KenpoGraph.Domain.Budgets;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Budgets;

/// <summary>The budget tree(s) of one account, fiscal year and org unit.</summary>
internal sealed record Budget(BudgetAccount Account, int FiscalYear, string OrgUnitCode, IReadOnlyList<PlanDocument> Plans, IReadOnlyList<BudgetLine> Lines);
