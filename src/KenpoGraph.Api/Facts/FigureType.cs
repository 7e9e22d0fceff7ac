using GraphQL.Types;
using KenpoGraph.Api.Measures;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Schema;
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
