using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.Limits;
using KenpoGraph.Api.Paging;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.Sorting;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Facts;

internal static class ObservationQueries
{
    public static void AddObservationQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<ObservationType, ObservationRecord>>>("observations")
            .Says("Every figure as flat typed rows with provenance, for BI tools; cursor-paged (HotChocolate conventions).", "観測値一覧。")
            .Argument<ObservationFilterInputType>("where", "Filter (HotChocolate conventions).")
            .Argument<ListGraphType<NonNullGraphType<ObservationSortInputType>>>("order", "Sort order; ties broken by org unit, year and measure.")
            .AddPagingArguments()
            .ResolveAsync(async context => await context.PageAsync(Filtered(context)));

        // HotChocolate offers offset paging beside cursor paging (UseOffsetPaging); the flat feed is what spreadsheets,
        // pandas loops and page-numbered league tables page through by number.
        query.Field<NonNullGraphType<CollectionSegmentType<ObservationType, ObservationRecord>>>("observationSegment")
            .Says("The same rows as `observations`, offset-paged (skip/take) as HotChocolate's CollectionSegment.", "観測値一覧（オフセット）。")
            .Argument<ObservationFilterInputType>("where", "Filter (HotChocolate conventions).")
            .Argument<ListGraphType<NonNullGraphType<ObservationSortInputType>>>("order", "Sort order; ties broken by org unit, year and measure.")
            .AddOffsetPagingArguments()
            .ResolveAsync(async context => await context.SegmentAsync(Filtered(context)));
    }

    private static IOrderedQueryable<ObservationRecord> Filtered(IResolveFieldContext context)
    {
        var rows = context.ApplyWhere<ObservationFilterInputType, ObservationRecord>(ObservationRecord.Query(context.Warehouse().Db));
        var ordered = context.ApplyOrder<ObservationSortInputType, ObservationRecord, string>(rows, x => x.OrgUnitCode);
        // The fallback must make the order total, or pages could overlap: (org unit, year, measure) is the key.
        return ((IOrderedQueryable<ObservationRecord>)ordered).ThenBy(x => x.FiscalYear).ThenBy(x => x.MeasureCode);
    }

    /// <summary>OrgUnit.facts(subjects, measures, fromYear, toYear): the unit's observations, batched across units.</summary>
    public static void AddFactsField(this ObjectGraphType<OrgUnit> orgUnit)
    {
        orgUnit.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationType>>>>("facts")
            .Says("The unit's figures, by year then measure; filter by subject or measure codes and a year range.", "組織単位の観測値。")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("subjects", "Subjects to include, e.g. [\"CHECKUP\", \"GUIDANCE\"]; omitted = all.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("measures", "Measure codes to include; omitted = all.")
            .Argument<IntGraphType>("fromYear", "First fiscal year (inclusive).")
            .Argument<IntGraphType>("toYear", "Last fiscal year (inclusive).")
            .Resolve(context =>
            {
                var subjects = context.Distinct<string>("subjects", ListArguments.MaxSubjects);
                var measures = context.Distinct<string>("measures", ListArguments.MaxMeasures);
                var from = context.GetArgument<int?>("fromYear") ?? int.MinValue;
                var to = context.GetArgument<int?>("toYear") ?? int.MaxValue;
                if (from > to)
                {
                    throw new KenpoError(ErrorCodes.InvalidArgument, $"fromYear ({from}) is after toYear ({to}).");
                }
                var warehouse = context.Warehouse();
                if (warehouse.Model is { } model)
                {
                    var ofUnit = model.Index("observations:byUnit", view => view.Rows<ObservationRecord>()
                        .OrderBy(o => o.FiscalYear).ThenBy(o => o.MeasureCode, StringComparer.Ordinal)
                        .GroupBy(o => o.OrgUnitCode).ToDictionary(group => group.Key, group => group.ToArray()));
                    // With measures named, only their rows are read (a unit of the ×100 data has 44,600), then put in the
                    // unit's order again: year, then measure, rows of one year and measure in theirs (ByYearThenMeasure).
                    var ofUnitAndMeasure = measures is null ? null : model.Index("observations:byUnitAndMeasure", _ => ofUnit.Values
                        .SelectMany(rows => rows).GroupBy(o => (o.OrgUnitCode, o.MeasureCode)).ToDictionary(group => group.Key, group => group.ToArray()));
                    var candidates = ofUnitAndMeasure is null ? ofUnit.GetValueOrDefault(context.Source.Code) ?? []
                        : ByYearThenMeasure([.. measures!.Order(StringComparer.Ordinal)
                            .Select(measure => ofUnitAndMeasure.GetValueOrDefault((context.Source.Code, measure)) ?? [])]);
                    return candidates.Where(o => o.FiscalYear >= from && o.FiscalYear <= to && (subjects is null || subjects.Contains(o.Subject))).ToList();
                }
                var name = $"facts:{string.Join(',', subjects ?? [])}:{string.Join(',', measures ?? [])}:{from}:{to}";
                return context.Loaders().Get<string, IEnumerable<ObservationRecord>>(name, async (codes, cancellationToken) =>
                {
                    var rows = ObservationRecord.Query(warehouse.Db)
                        .Where(o => codes.Contains(o.OrgUnitCode) && o.FiscalYear >= from && o.FiscalYear <= to);
                    if (subjects is not null)
                    {
                        rows = rows.Where(o => subjects.Contains(o.Subject));
                    }
                    if (measures is not null)
                    {
                        rows = rows.Where(o => measures.Contains(o.MeasureCode));
                    }
                    var list = await rows.OrderBy(o => o.FiscalYear).ThenBy(o => o.MeasureCode).ToListAsync(cancellationToken);
                    return list.GroupBy(o => o.OrgUnitCode).ToDictionary(g => g.Key, g => g.AsEnumerable());
                }, missing: []).Load(context.Source.Code);
            });
    }

    /// <summary>
    /// One measure's rows per array (each in year order, the arrays in measure-code order), merged into year then measure
    /// order: what a stable sort of their concatenation by year then measure gives, without sorting on every request.
    /// </summary>
    private static ObservationRecord[] ByYearThenMeasure(ObservationRecord[][] byMeasure)
    {
        var merged = new ObservationRecord[byMeasure.Sum(rows => rows.Length)];
        var count = 0;
        var next = new int[byMeasure.Length];
        while (true)
        {
            var pick = -1;
            for (var i = 0; i < byMeasure.Length; i++)
            {
                // The first array with the earliest year: on a tie, the lower measure code goes first.
                if (next[i] < byMeasure[i].Length && (pick < 0 || byMeasure[i][next[i]].FiscalYear < byMeasure[pick][next[pick]].FiscalYear))
                {
                    pick = i;
                }
            }
            if (pick < 0)
            {
                return merged;
            }
            merged[count++] = byMeasure[pick][next[pick]++];
        }
    }
}
