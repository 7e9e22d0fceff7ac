using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Rollups;

internal static class SeriesFields
{
    /// <summary>Adds series(measure, fromYear, toYear) to OrgUnit (BRANCH level; the headquarters reads NATIONAL) or Region.</summary>
    public static void AddSeriesField<T>(this ObjectGraphType<T> type, Func<T, (RollupLevel Level, string Unit)> unitOf)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SeriesPointType>>>>("series")
            .Says("A measure's yearly series for this unit with year-on-year change (the headquarters' series is the national roll-up).", "時系列。")
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
                if (warehouse.Model is { } model)
                {
                    var byUnit = model.Index("rollups:byLevelUnitMeasure", view => view.Rows<Rollup>().GroupBy(r => (r.Level, r.UnitCode, r.MeasureCode))
                        .ToDictionary(g => g.Key, g => g.ToArray()));
                    var (level, unit) = unitOf(context.Source);
                    var first = from == int.MinValue ? from : from - 1;
                    return byUnit.TryGetValue((level, unit, measure), out var rows) && rows.Where(r => r.FiscalYear >= first && r.FiscalYear <= to).ToArray() is { Length: > 0 } inRange
                        ? Points(inRange, from) : [];
                }
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
