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
        Description = "One fiscal year of a measure's series for an org unit or region, with the year-on-year change. 時系列の1年分。";
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Description("Starting western year. 年度。").Resolve(c => c.Source.Current.FiscalYear);
        Field<ExactDecimalGraphType>("value").Description("The value by the measure's rule. 値。").Resolve(c => FigureType.Normalised(c.Source.Current.Value));
        Field<ExactDecimalGraphType>("previousValue").Description("The previous fiscal year's value. 前年度値。").Resolve(c => FigureType.Normalised(c.Source.Previous?.Value));
        Field<ExactDecimalGraphType>("change").Description("value − previousValue. 前年度差。").Resolve(c => FigureType.Normalised(c.Source.Change));
        Field<ExactDecimalGraphType>("changeRate").Description("Change in percent of the previous value. 前年度比（％）。").Resolve(c => FigureType.Normalised(c.Source.ChangeRate));
        Field<NonNullGraphType<QualityType>>("quality").Description("Quality of the value. 品質区分。").Resolve(c => c.Source.Current.Quality);
        Field<ExactDecimalGraphType>("publishedValue").Description("The figure as published for the unit, if any. 公表値。").Resolve(c => FigureType.Normalised(c.Source.Current.PublishedValue));
        Field<NonNullGraphType<RollupType>>("rollup").Description("The full roll-up row. 集計行。").Resolve(c => c.Source.Current);
    }

}
