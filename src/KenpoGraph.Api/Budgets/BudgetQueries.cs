using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Checks;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Budgets;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Budgets;

internal static class BudgetQueries
{
    public static void AddBudgetQueries(this ObjectGraphType query)
    {
        var budget = query.Field<BudgetType>("budget")
            .Says("The budget of one account, fiscal year and org unit as a tree with totals and kinds; null where none is printed (finance scope).", "予算（勘定・年度・組織指定）。")
            .Argument<NonNullGraphType<BudgetAccountType>>("account", "HEALTH_ACCOUNT, SEAFARERS_ACCOUNT, BRANCH_PROGRAMME or ASSOCIATION.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", "The fiscal year budgeted, e.g. 2024.")
            .Argument<NonNullGraphType<StringGraphType>>("orgUnit", "Org unit code: 00 for the association, 20 for Nagano …")
            .ResolveAsync(async context =>
            {
                var account = context.GetArgument<BudgetAccount>("account");
                var year = context.GetArgument<int>("fiscalYear");
                var orgUnit = context.GetArgument<string>("orgUnit");
                var db = context.Warehouse().Db;
                var lines = await (
                    from line in db.BudgetLines
                    join plan in db.PlanDocuments on line.PlanDocumentCode equals plan.Code
                    where line.Account == account && plan.FiscalYear == year && plan.OrgUnitCode == orgUnit
                    orderby plan.Code, line.TreeOrder
                    select line).ToListAsync(context.CancellationToken);
                if (lines.Count == 0)
                {
                    return null;
                }
                var codes = lines.Select(l => l.PlanDocumentCode).Distinct().ToArray();
                var plans = await db.PlanDocuments.Where(p => codes.Contains(p.Code)).OrderBy(p => p.Code).ToListAsync(context.CancellationToken);
                return new Budget(account, year, orgUnit, plans, lines);
            });
        budget.FieldType.ReserveForFinance();

        var checks = query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LoadCheckType>>>>("budgetChecks")
            .Says("Every budget check the load ran: trees sum to their printed totals, budgets minus their printed change give last year's (finance scope).", "予算の検算。")
            .ResolveAsync(async context => await context.Warehouse().Db.LoadCheckResults
                .Where(c => c.BudgetLineCode != null).OrderBy(c => c.Id).ToListAsync(context.CancellationToken));
        checks.FieldType.ReserveForFinance();
    }
}
