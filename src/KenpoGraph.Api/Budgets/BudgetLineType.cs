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
        Description = "A line of a budget tree with its amounts by year and kind; \"-\" is kept as printed with no value (finance scope). 予算科目。";
        this.ReserveForFinance();
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable code tree-path, e.g. HA24-R.01. コード。").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("titleJa").Description("Title as printed, e.g. 保険料等交付金. 科目名。").Resolve(c => c.Source.TitleJa);
        Field<NonNullGraphType<StringGraphType>>("titleEn").Description("English title. 科目名（英語）。").Resolve(c => c.Source.TitleEn);
        Field<StringGraphType>("descriptionJa").Description("概要, or the term of an obligation. 概要。").Resolve(c => c.Source.DescriptionJa);
        Field<BudgetSideType>("side").Description("Revenue or expenditure; null for obligations. 収入・支出。").Resolve(c => c.Source.Side);
        Field<NonNullGraphType<BooleanGraphType>>("isNew").Description("Printed 新規. 新規。").Resolve(c => c.Source.IsNew);
        Field<NonNullGraphType<IntGraphType>>("depth").Description("1 for a top line. 深さ。").Resolve(c => c.Source.Depth);
        Field<NonNullGraphType<IntGraphType>>("sortOrder").Description("Position among its siblings. 並び順。").Resolve(c => c.Source.SortOrder);
        Field<StringGraphType>("parentCode").Description("The line above; null for a top line. 親科目。").Resolve(c => c.Source.ParentCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetLineType>>>>("children").Description("The lines below, in printed order. 内訳。")
            .Resolve(c => c.LoadGroup<BudgetLine, string, int>("budgetLineChildren", c.Source.Code, x => x.ParentCode!, x => x.TreeOrder));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetAmountType>>>>("amounts")
            .Description("Amounts by fiscal year and kind (budget, change, requested, ceiling …). 金額。")
            .Argument<BudgetAmountKindType>("kind", "Only amounts of this kind.")
            .Argument<IntGraphType>("fiscalYear", "Only amounts of this fiscal year.")
            .Resolve(c => AmountsOf(c, [c.Source]));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("priorYearLines")
            .Description("Codes of the previous year's lines this line continues (checked: budget − change = last year's). 前年度の対応科目。")
            .Resolve(c => c.Source.PriorYearLines?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LoadCheckType>>>>("checks")
            .Description("The load checks of this line's amounts: its children sum to it, it continues last year's. 検算。")
            .Resolve(c => c.LoadGroup<LoadCheckResult, string, int>("checksOfBudgetLine", c.Source.Code, x => x.BudgetLineCode!, x => x.Id));
        Field<NonNullGraphType<SourceType>>("source").Description("Where the line's title is printed. 出典。").Resolve(c => c.Source);
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
