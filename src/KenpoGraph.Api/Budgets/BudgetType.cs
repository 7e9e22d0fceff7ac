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
        this.Says("The budget of one account, fiscal year and org unit as a tree of lines with amounts (finance scope).", "予算。");
        this.ReserveForFinance();
        Field(x => x.Account, type: typeof(NonNullGraphType<BudgetAccountType>)).Says("The account.", "勘定。");
        Field(x => x.FiscalYear).Says("The fiscal year budgeted.", "年度。");
        Field<NonNullGraphType<OrgUnitType>>("orgUnit").Says("Whose budget (00 = the association).", "組織単位。")
            .Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.OrgUnitCode, x => x.Code));
        Field(x => x.Plans, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<PlanType>>>)).Says("The budget documents it comes from.", "予算書。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetLineType>>>>("roots").Says("The top lines (収入, 支出, programme groups).", "最上位の科目。")
            .Resolve(c => c.Source.Lines.Where(l => l.ParentCode is null));
        Field(x => x.Lines, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<BudgetLineType>>>)).Says("Every line, read top to bottom (pre-order).", "全科目（表示順）。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetAmountType>>>>("totals")
            .Says("The amounts of the top lines: the printed totals (計) of revenue and expenditure or of each programme group.", "合計。")
            .Argument<BudgetAmountKindType>("kind", "Only amounts of this kind.")
            .Resolve(c => BudgetLineType.AmountsOf(c, c.Source.Lines.Where(l => l.ParentCode is null)));
    }
}
