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
        Description = "A check the loader ran on printed figures: a printed total (expected) against what its parts give (actual). 読込時の検算。";
        Field<NonNullGraphType<StringGraphType>>("check").Description("BUDGET_SUM, BUDGET_PRIOR_YEAR or ATTAINMENT_TALLY. 検算の種類。").Resolve(c => c.Source.Check);
        Field<NonNullGraphType<StringGraphType>>("subject").Description("What was checked, e.g. NPB25-C2 2024 BUDGET. 対象。").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<ExactDecimalGraphType>>("expected").Description("The printed figure (yen for budgets, a count for tallies). 印字値。")
            .Resolve(c => FigureType.Normalised(c.Source.Expected));
        Field<NonNullGraphType<ExactDecimalGraphType>>("actual").Description("What the parts give. 算出値。").Resolve(c => FigureType.Normalised(c.Source.Actual));
        Field<NonNullGraphType<ExactDecimalGraphType>>("difference").Description("expected − actual. 差。").Resolve(c => FigureType.Normalised(c.Source.Difference));
        Field<NonNullGraphType<ExactDecimalGraphType>>("tolerance").Description("How far rounding of the printed figures can move the difference. 丸めの許容幅。")
            .Resolve(c => FigureType.Normalised(c.Source.Tolerance));
        Field<NonNullGraphType<CheckStatusType>>("status").Description("Exact, within rounding, or a known discrepancy. 結果。").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("detail").Description("What was compared, and for a known discrepancy its recorded reason. 詳細。").Resolve(c => c.Source.Detail);
        Field<NonNullGraphType<SourceDocumentType>>("document").Description("The document that prints the expected figure. 資料。")
            .Resolve(c => c.LoadByKey<SourceDocument, string>(c.Source.DocumentCode, x => x.Code));
        Field<NonNullGraphType<StringGraphType>>("locator").Description("Where the expected figure is printed. 行番号。").Resolve(c => c.Source.Locator);
    }
}
