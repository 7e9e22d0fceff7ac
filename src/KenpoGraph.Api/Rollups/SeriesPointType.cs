using GraphQL.Types;
using KenpoGraph.Api.Disclosure;
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
        // A point of a region's or the nation's series reads its roll-ups through disclosure control (docs/partners-and-access.md).
        Field<ExactDecimalGraphType>("value").Says("The value by the measure's rule; null when withheld.", "値。")
            .Resolve(c => c.Disclosure().Disclosed(() => c.Source.Current.Value, c.Source.Current));
        Field<ExactDecimalGraphType>("previousValue").Says("The previous fiscal year's value; null when withheld.", "前年度値。")
            .Resolve(c => c.Disclosure().Disclosed(() => c.Source.Previous?.Value, c.Source.Previous));
        Field<ExactDecimalGraphType>("change").Says("value − previousValue; null when either is withheld.", "前年度差。")
            .Resolve(c => c.Disclosure().Disclosed(() => c.Source.Change, c.Source.Current, c.Source.Previous));
        Field<ExactDecimalGraphType>("changeRate").Says("Change in percent of the previous value; null when either is withheld.", "前年度比（％）。")
            .Resolve(c => c.Disclosure().Disclosed(() => c.Source.ChangeRate, c.Source.Current, c.Source.Previous));
        Field<NonNullGraphType<BooleanGraphType>>("withheld")
            .Says("True when disclosure control withholds this year's value from a branch-limited caller (rollup.withheldCode says why).", "秘匿（開示制御）。")
            .Resolve(c => c.Disclosure().Withheld(c.Source.Current));
        Field("quality", x => x.Current.Quality, type: typeof(NonNullGraphType<QualityType>)).Says("Quality of the value.", "品質区分。");
        Field<QualityType>("previousQuality").Says("Quality of previousValue; null without one.", "前年度値の品質区分。").Resolve(c => c.Source.Previous?.Quality);
        Field<QualityType>("changeQuality")
            .Says("Quality of change and changeRate: DEMO when either year's value is demonstration data, else DERIVED (computed); null without a change.", "前年度差の品質区分。")
            .Resolve(c => c.Source.ChangeQuality);
        Field("publishedValue", x => x.Current.PublishedValue, type: typeof(ExactDecimalGraphType)).Says("The figure as published for the unit, if any.", "公表値。");
        Field("rollup", x => x.Current, type: typeof(NonNullGraphType<RollupType>)).Says("The full roll-up row.", "集計行。");
    }

}
