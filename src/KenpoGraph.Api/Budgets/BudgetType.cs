using GraphQL.Types;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Plans;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Budgets;

internal sealed class BudgetType : ObjectGraphType<Budget>
{
    public BudgetType()
    {
        Name = "Budget";
        Description = "The budget of one account, fiscal year and org unit as a tree of lines with amounts (finance scope). 予算。";
        this.ReserveForFinance();
        Field<NonNullGraphType<BudgetAccountType>>("account").Description("The account. 勘定。").Resolve(c => c.Source.Account);
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Description("The fiscal year budgeted. 年度。").Resolve(c => c.Source.FiscalYear);
        Field<NonNullGraphType<OrgUnitType>>("orgUnit").Description("Whose budget (00 = the association). 組織単位。")
            .Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.OrgUnitCode, x => x.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanType>>>>("plans").Description("The budget documents it comes from. 予算書。").Resolve(c => c.Source.Plans);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetLineType>>>>("roots").Description("The top lines (収入, 支出, programme groups). 最上位の科目。")
            .Resolve(c => c.Source.Lines.Where(l => l.ParentCode is null));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetLineType>>>>("lines").Description("Every line, read top to bottom (pre-order). 全科目（表示順）。")
            .Resolve(c => c.Source.Lines);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetAmountType>>>>("totals")
            .Description("The amounts of the top lines: the printed totals (計) of revenue and expenditure or of each programme group. 合計。")
            .Argument<BudgetAmountKindType>("kind", "Only amounts of this kind.")
            .Resolve(c => BudgetLineType.AmountsOf(c, c.Source.Lines.Where(l => l.ParentCode is null)));
    }
}
