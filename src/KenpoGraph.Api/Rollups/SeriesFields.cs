using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Facts;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.Warehouse;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Rollups;

/// <summary>One year of a time series with its change on the previous year.</summary>
internal sealed record SeriesPoint(Rollup Current, Rollup? Previous)
{
    public decimal? Change => Current.Value - Previous?.Value;

    /// <summary>Percent change on the previous year; null where either is missing or the previous is zero.</summary>
    public decimal? ChangeRate => Previous?.Value is { } previous && previous != 0 && Current.Value is { } value
        ? (value - previous) / previous * 100m
        : null;

    /// <summary>Quality of the change and change rate: DEMO if either year's value is demonstration data, else DERIVED; null without a change.</summary>
    public Quality? ChangeQuality => Change is null ? null : ComputedQuality.Combined(Current.Quality, Previous!.Quality);
}

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
        Field<QualityType>("previousQuality").Description("Quality of previousValue; null without one. 前年度値の品質区分。").Resolve(c => c.Source.Previous?.Quality);
        Field<QualityType>("changeQuality")
            .Description("Quality of change and changeRate: DEMO when either year's value is demonstration data, else DERIVED (computed); null without a change. 前年度差の品質区分。")
            .Resolve(c => c.Source.ChangeQuality);
        Field<ExactDecimalGraphType>("publishedValue").Description("The figure as published for the unit, if any. 公表値。").Resolve(c => FigureType.Normalised(c.Source.Current.PublishedValue));
        Field<NonNullGraphType<RollupType>>("rollup").Description("The full roll-up row. 集計行。").Resolve(c => c.Source.Current);
    }

}

internal static class SeriesFields
{
    /// <summary>Adds series(measure, fromYear, toYear) to OrgUnit (BRANCH level; the headquarters reads NATIONAL) or Region.</summary>
    public static void AddSeriesField<T>(this ObjectGraphType<T> type, Func<T, (RollupLevel Level, string Unit)> unitOf)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SeriesPointType>>>>("series")
            .Description("A measure's yearly series for this unit with year-on-year change (the headquarters' series is the national roll-up). 時系列。")
            .Argument<NonNullGraphType<StringGraphType>>("measure", "Measure code, e.g. membership.insured.")
            .Argument<IntGraphType>("fromYear", "First fiscal year (inclusive).")
            .Argument<IntGraphType>("toYear", "Last fiscal year (inclusive).")
            .Resolve(context =>
            {
                var measure = context.GetArgument<string>("measure");
                var from = context.GetArgument<int?>("fromYear") ?? int.MinValue;
                var to = context.GetArgument<int?>("toYear") ?? int.MaxValue;
                if (from > to)
                {
                    throw new KenpoError(ErrorCodes.InvalidArgument, $"fromYear ({from}) is after toYear ({to}).");
                }
                var warehouse = context.Warehouse();
                return context.Loaders().Get<(RollupLevel, string), IEnumerable<SeriesPoint>>($"series:{measure}:{from}:{to}", async (units, cancellationToken) =>
                {
                    var levels = units.Select(u => u.Item1).Distinct().ToArray();
                    var codes = units.Select(u => u.Item2).Distinct().ToArray();
                    // One year before the range, so the first point has its year-on-year change too.
                    var first = from == int.MinValue ? from : from - 1;
                    var rows = await warehouse.Db.Rollups
                        .Where(r => r.MeasureCode == measure && levels.Contains(r.Level) && codes.Contains(r.UnitCode) && r.FiscalYear >= first && r.FiscalYear <= to)
                        .ToListAsync(cancellationToken);
                    return rows.GroupBy(r => (r.Level, r.UnitCode)).ToDictionary(g => g.Key, g => Points(g, from));
                }, missing: []).Load(unitOf(context.Source));
            });
    }

    private static IEnumerable<SeriesPoint> Points(IEnumerable<Rollup> rows, int from)
    {
        var byYear = rows.ToDictionary(r => r.FiscalYear);
        return byYear.Values.Where(r => r.FiscalYear >= from).OrderBy(r => r.FiscalYear)
            .Select(r => new SeriesPoint(r, byYear.GetValueOrDefault(r.FiscalYear - 1))).ToArray();
    }
}
