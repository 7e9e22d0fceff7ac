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
        Description = "One amount of a budget line: value in yen, the figure and unit as printed, and its source (finance scope). 予算額。";
        this.ReserveForFinance();
        Field<NonNullGraphType<StringGraphType>>("lineCode").Description("The budget line. 科目コード。").Resolve(c => c.Source.LineCode);
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Description("The fiscal year the amount is for (a programme budget also prints last year's). 年度。")
            .Resolve(c => c.Source.FiscalYear);
        Field<NonNullGraphType<BudgetAmountKindType>>("kind").Description("Budget, change, requested, ceiling … 種類。").Resolve(c => c.Source.Kind);
        Field<ExactDecimalGraphType>("value").Description("Yen; null where \"-\" is printed (no amount, never zero). 金額（円）。")
            .Resolve(c => FigureType.Normalised(c.Source.Value));
        Field<NonNullGraphType<StringGraphType>>("printedValue").Description("As printed, e.g. 12,484,225 or -. 印字値。").Resolve(c => c.Source.PrintedValue);
        Field<NonNullGraphType<StringGraphType>>("printedUnit").Description("Unit as printed: 百万円, 億円, 千円. 印字単位。").Resolve(c => c.Source.PrintedUnit);
        Field<NonNullGraphType<SourceType>>("source").Description("Where the amount is printed. 出典。").Resolve(c => c.Source);
    }
}
