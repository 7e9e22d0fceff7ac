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
        this.Says("One figure with its provenance: value in the base unit, the value and unit as printed, basis, quality and source.", "数値と出典。");
        Field<NonNullGraphType<MeasureType>>("measure").Says("What is measured.", "指標。")
            .Resolve(c => c.LoadByKey<Measure, string>(c.Source.MeasureCode, x => x.Code));
        Field(x => x.Value, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Says("Value in the measure's base unit (persons, yen, employers): 39,713 千人 is 39713000.", "値（基本単位）。");
        Field(x => x.PrintedValue).Says("The figure exactly as printed, e.g. 39,713.", "印字された値。");
        Field(x => x.PrintedUnit).Says("The unit as printed, e.g. 千人.", "印字された単位。");
        Field(x => x.Basis, type: typeof(NonNullGraphType<ValueBasisType>)).Says("What time the figure describes.", "時点の基準。");
        Field(x => x.Quality, type: typeof(NonNullGraphType<QualityType>)).Says("Published, derived or demonstration data.", "品質区分。");
        Field<NonNullGraphType<SourceReferenceType>>("source").Says("Where the figure was printed.", "出典。").Resolve(c => c.Source);
        Field(x => x.Note, nullable: true).Says("What a reader should know about this figure.", "注記。");
    }
}
