using GraphQL.Types;
using KenpoGraph.Api.Facts;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Rollups;

internal sealed class SeriesPointType : ObjectGraphType<SeriesPoint>
{
    public SeriesPointType()
    {
        Name = "SeriesPoint";
        this.Says("One fiscal year of a measure's series for an org unit or region, with the year-on-year change.", "時系列の1年分。");
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Says("Starting western year.", "年度。").Resolve(c => c.Source.Current.FiscalYear);
        Field<ExactDecimalGraphType>("value").Says("The value by the measure's rule.", "値。").Resolve(c => c.Source.Current.Value);
        Field<ExactDecimalGraphType>("previousValue").Says("The previous fiscal year's value.", "前年度値。").Resolve(c => c.Source.Previous?.Value);
        Field<ExactDecimalGraphType>("change").Says("value − previousValue.", "前年度差。").Resolve(c => c.Source.Change);
        Field<ExactDecimalGraphType>("changeRate").Says("Change in percent of the previous value.", "前年度比（％）。").Resolve(c => c.Source.ChangeRate);
        Field<NonNullGraphType<QualityType>>("quality").Says("Quality of the value.", "品質区分。").Resolve(c => c.Source.Current.Quality);
        Field<ExactDecimalGraphType>("publishedValue").Says("The figure as published for the unit, if any.", "公表値。").Resolve(c => c.Source.Current.PublishedValue);
        Field<NonNullGraphType<RollupType>>("rollup").Says("The full roll-up row.", "集計行。").Resolve(c => c.Source.Current);
    }

}
