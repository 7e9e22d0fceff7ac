using KenpoGraph.Api.Facts;
using GraphQL.Types;
using KenpoGraph.Api.Documents;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Checks;

/// <summary>A check the loader ran on published figures and how it came out (an unexplained mismatch refuses the load).</summary>
internal sealed class LoadCheckType : ObjectGraphType<LoadCheckResult>
{
    public LoadCheckType()
    {
        Name = "LoadCheck";
        this.Says("A check the loader ran on printed figures: a printed total (expected) against what its parts give (actual).", "読込時の検算。");
        Field(x => x.Check).Says("BUDGET_SUM, BUDGET_PRIOR_YEAR or ATTAINMENT_TALLY.", "検算の種類。");
        Field(x => x.Subject).Says("What was checked, e.g. NPB25-C2 2024 BUDGET.", "対象。");
        Field(x => x.Expected, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Says("The printed figure (yen for budgets, a count for tallies).", "印字値。");
        Field(x => x.Actual, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Says("What the parts give.", "算出値。");
        Field(x => x.Difference, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Says("expected − actual.", "差。");
        Field(x => x.Tolerance, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Says("How far rounding of the printed figures can move the difference.", "丸めの許容幅。");
        Field(x => x.Status, type: typeof(NonNullGraphType<CheckStatusType>)).Says("Exact, within rounding, or a known discrepancy.", "結果。");
        Field(x => x.Detail).Says("What was compared, and for a known discrepancy its recorded reason.", "詳細。");
        Field<NonNullGraphType<SourceDocumentType>>("document").Says("The document that prints the expected figure.", "資料。")
            .Resolve(c => c.LoadByKey<SourceDocument, string>(c.Source.DocumentCode, x => x.Code));
        Field(x => x.Locator).Says("Where the expected figure is printed.", "行番号。");
    }
}
