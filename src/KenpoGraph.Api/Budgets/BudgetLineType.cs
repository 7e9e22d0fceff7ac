using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Checks;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Budgets;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Budgets;

internal sealed class BudgetLineType : ObjectGraphType<BudgetLine>
{
    public BudgetLineType()
    {
        Name = "BudgetLine";
        this.Says("A line of a budget tree with its amounts by year and kind; \"-\" is kept as printed with no value (finance scope).", "予算科目。");
        this.ReserveForFinance();
        Field(x => x.Code).Says("Stable code tree-path, e.g. HA24-R.01.", "コード。");
        Field(x => x.TitleJa).Says("Title as printed, e.g. 保険料等交付金.", "科目名。");
        Field(x => x.TitleEn).Says("English title.", "科目名（英語）。");
        Field(x => x.DescriptionJa, nullable: true).Says("概要, or the term of an obligation.", "概要。");
        Field(x => x.Side, type: typeof(BudgetSideType)).Says("Revenue or expenditure; null for obligations.", "収入・支出。");
        Field(x => x.IsNew).Says("Printed 新規.", "新規。");
        Field(x => x.Depth).Says("1 for a top line.", "深さ。");
        Field(x => x.SortOrder).Says("Position among its siblings.", "並び順。");
        Field(x => x.ParentCode, nullable: true).Says("The line above; null for a top line.", "親科目。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetLineType>>>>("children").Says("The lines below, in printed order.", "内訳。")
            .Resolve(c => c.LoadGroup<BudgetLine, string, int>("budgetLineChildren", c.Source.Code, x => x.ParentCode!, x => x.TreeOrder));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetAmountType>>>>("amounts")
            .Says("Amounts by fiscal year and kind (budget, change, requested, ceiling …).", "金額。")
            .Argument<BudgetAmountKindType>("kind", "Only amounts of this kind.")
            .Argument<IntGraphType>("fiscalYear", "Only amounts of this fiscal year.")
            .Resolve(c => AmountsOf(c, [c.Source]));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("priorYearLines")
            .Says("Codes of the previous year's lines this line continues (checked: budget − change = last year's).", "前年度の対応科目。")
            .Resolve(c => c.Source.PriorYearLines?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LoadCheckType>>>>("checks")
            .Says("The load checks of this line's amounts: its children sum to it, it continues last year's.", "検算。")
            .Resolve(c => c.LoadGroup<LoadCheckResult, string, int>("checksOfBudgetLine", c.Source.Code, x => x.BudgetLineCode!, x => x.Id));
        Field<NonNullGraphType<SourceType>>("source").Says("Where the line's title is printed.", "出典。").Resolve(c => c.Source);
    }

    /// <summary>The amounts of some lines, batched per query level, narrowed by the field's kind and fiscalYear arguments.</summary>
    internal static GraphQL.DataLoader.IDataLoaderResult<IEnumerable<BudgetAmount>> AmountsOf(IResolveFieldContext context, IEnumerable<BudgetLine> lines)
    {
        var kind = context.GetArgument<BudgetAmountKind?>("kind");
        var year = context.GetArgument<int?>("fiscalYear");
        var codes = lines.Select(l => l.Code).ToArray();
        var loader = context.Loaders().Get<string, IEnumerable<BudgetAmount>>("budgetAmountsOf", async (keys, cancellationToken) =>
        {
            var rows = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                RequestData.RequestWarehouseAccess.Warehouse(context).Db.BudgetAmounts.Where(a => keys.Contains(a.LineCode)), cancellationToken);
            return rows.GroupBy(a => a.LineCode).ToDictionary(g => g.Key, g => g.AsEnumerable());
        }, missing: []);
        var results = codes.Select(loader.Load).ToArray();
        return new Combined(results, amounts => amounts
            .Where(a => (kind is null || a.Kind == kind) && (year is null || a.FiscalYear == year))
            .OrderByDescending(a => a.FiscalYear).ThenBy(a => a.Kind));
    }

    private sealed class Combined(GraphQL.DataLoader.IDataLoaderResult<IEnumerable<BudgetAmount>>[] parts,
        Func<IEnumerable<BudgetAmount>, IEnumerable<BudgetAmount>> select) : GraphQL.DataLoader.IDataLoaderResult<IEnumerable<BudgetAmount>>
    {
        public async Task<IEnumerable<BudgetAmount>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var all = new List<BudgetAmount>();
            foreach (var part in parts)
            {
                all.AddRange(await part.GetResultAsync(cancellationToken));
            }
            return select(all).ToArray();
        }

        async Task<object?> GraphQL.DataLoader.IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
