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
        Field("fiscalYear", x => x.Current.FiscalYear).Says("Starting western year.", "年度。");
        Field("value", x => x.Current.Value, type: typeof(ExactDecimalGraphType)).Says("The value by the measure's rule.", "値。");
        Field<ExactDecimalGraphType>("previousValue").Says("The previous fiscal year's value.", "前年度値。").Resolve(c => c.Source.Previous?.Value);
        Field(x => x.Change, type: typeof(ExactDecimalGraphType)).Says("value − previousValue.", "前年度差。");
        Field(x => x.ChangeRate, type: typeof(ExactDecimalGraphType)).Says("Change in percent of the previous value.", "前年度比（％）。");
        Field("quality", x => x.Current.Quality, type: typeof(NonNullGraphType<QualityType>)).Says("Quality of the value.", "品質区分。");
        Field<QualityType>("previousQuality").Says("Quality of previousValue; null without one.", "前年度値の品質区分。").Resolve(c => c.Source.Previous?.Quality);
        Field<QualityType>("changeQuality")
            .Says("Quality of change and changeRate: DEMO when either year's value is demonstration data, else DERIVED (computed); null without a change.", "前年度差の品質区分。")
            .Resolve(c => c.Source.ChangeQuality);
        Field("publishedValue", x => x.Current.PublishedValue, type: typeof(ExactDecimalGraphType)).Says("The figure as published for the unit, if any.", "公表値。");
        Field("rollup", x => x.Current, type: typeof(NonNullGraphType<RollupType>)).Says("The full roll-up row.", "集計行。");
    }

}
