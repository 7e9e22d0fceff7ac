using KenpoGraph.Api.Facts;
using GraphQL.Types;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Budgets;

internal sealed class BudgetAmountType : ObjectGraphType<BudgetAmount>
{
    public BudgetAmountType()
    {
        Name = "BudgetAmount";
        this.Says("One amount of a budget line: value in yen, the figure and unit as printed, and its source (finance scope).", "予算額。");
        this.ReserveForFinance();
        Field(x => x.LineCode).Says("The budget line.", "科目コード。");
        Field(x => x.FiscalYear).Says("The fiscal year the amount is for (a programme budget also prints last year's).", "年度。");
        Field(x => x.Kind, type: typeof(NonNullGraphType<BudgetAmountKindType>)).Says("Budget, change, requested, ceiling …", "種類。");
        Field(x => x.Value, type: typeof(ExactDecimalGraphType)).Says("Yen; null where \"-\" is printed (no amount, never zero).", "金額（円）。");
        Field(x => x.PrintedValue).Says("As printed, e.g. 12,484,225 or -.", "印字値。");
        Field(x => x.PrintedUnit).Says("Unit as printed: 百万円, 億円, 千円.", "印字単位。");
        Field<NonNullGraphType<SourceType>>("source").Says("Where the amount is printed.", "出典。").Resolve(c => c.Source);
    }
}
