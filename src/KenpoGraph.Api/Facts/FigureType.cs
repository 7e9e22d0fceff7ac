using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Documents;
using KenpoGraph.Api.Measures;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Facts;

/// <summary>One figure: its value in the measure's base unit, the figure as printed, and where it came from.</summary>
internal sealed class FigureType : ObjectGraphType<Observation>
{
    public FigureType()
    {
        Name = "Figure";
        Description = "One figure with its provenance: value in the base unit, the value and unit as printed, basis, quality and source. 数値と出典。";
        Field<NonNullGraphType<MeasureType>>("measure").Description("What is measured. 指標。")
            .Resolve(c => c.LoadByKey<Measure, string>(c.Source.MeasureCode, x => x.Code));
        Field<NonNullGraphType<ExactDecimalGraphType>>("value").Description("Value in the measure's base unit (persons, yen, employers): 39,713 千人 is 39713000. 値（基本単位）。")
            .Resolve(c => Normalised(c.Source.Value));
        Field<NonNullGraphType<StringGraphType>>("printedValue").Description("The figure exactly as printed, e.g. 39,713. 印字された値。").Resolve(c => c.Source.PrintedValue);
        Field<NonNullGraphType<StringGraphType>>("printedUnit").Description("The unit as printed, e.g. 千人. 印字された単位。").Resolve(c => c.Source.PrintedUnit);
        Field<NonNullGraphType<ValueBasisType>>("basis").Description("What time the figure describes. 時点の基準。").Resolve(c => c.Source.Basis);
        Field<NonNullGraphType<QualityType>>("quality").Description("Published, derived or demonstration data. 品質区分。").Resolve(c => c.Source.Quality);
        Field<NonNullGraphType<SourceReferenceType>>("source").Description("Where the figure was printed. 出典。").Resolve(c => c.Source);
        Field<StringGraphType>("note").Description("What a reader should know about this figure. 注記。").Resolve(c => c.Source.Note);
    }

    // decimal keeps the scale it was stored with (39713000.000000); clients want the plain number.
    internal static decimal Normalised(decimal value) => value / 1.000000000000000000000000000000000m;

    internal static decimal? Normalised(decimal? value) => value is { } v ? Normalised(v) : null;
}

internal sealed class SourceReferenceType : ObjectGraphType<Observation>
{
    public SourceReferenceType()
    {
        Name = "SourceReference";
        Description = "A place in a source document. 出典箇所。";
        Field<NonNullGraphType<SourceDocumentType>>("document").Description("The document. 資料。")
            .Resolve(c => c.LoadByKey<SourceDocument, string>(c.Source.DocumentCode, x => x.Code));
        Field<NonNullGraphType<StringGraphType>>("locator").Description("Line or line range in the document's text, e.g. L70. 行番号。").Resolve(c => c.Source.Locator);
    }
}

internal sealed class ValueBasisType : EnumerationGraphType<ValueBasis>
{
    public ValueBasisType()
    {
        Name = "ValueBasis";
        Description = "What point or span of time a figure describes. 時点の基準。";
        Values.FindByValue(ValueBasis.FiscalYearEnd)!.Description = "A count at fiscal-year end (31 March). 年度末。";
        Values.FindByValue(ValueBasis.FiscalYearAverage)!.Description = "An average over the fiscal year (or the span the source defines). 年度平均。";
        Values.FindByValue(ValueBasis.AsOfDate)!.Description = "A value as of a stated date. 時点。";
        Values.FindByValue(ValueBasis.Period)!.Description = "A flow over the whole period. 期間。";
    }
}

internal sealed class QualityType : EnumerationGraphType<Quality>
{
    public QualityType()
    {
        Name = "Quality";
        Description = "Where a figure's value comes from. 品質区分。";
        Values.FindByValue(Quality.Published)!.Description = "Printed in a source document. 公表値。";
        Values.FindByValue(Quality.Derived)!.Description = "Computed from published figures. 算出値。";
        Values.FindByValue(Quality.Demo)!.Description = "Demonstration data, not a real figure. デモデータ。";
        Values.FindByValue(Quality.PublicPage)!.Description = "Published on one of the association's public web pages (the locator is its address), outside the seed documents. 公開ページ掲載値。";
    }
}
