using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Disclosure;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Limits;
using KenpoGraph.Api.Paging;
using KenpoGraph.Api.ReadModel;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.Sorting;
using KenpoGraph.Domain.Aggregation;
using KenpoGraph.Domain.Measures;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Aggregation;

internal static class AggregateQueries
{
    /// <summary>Branch-level rows one aggregate may read (with the previous year's for yearOverYear): 47 branches × 11 years × 100 measures.</summary>
    public const int MaxRowsRead = 47 * 11 * 100;

    /// <summary>Groups × measures one aggregate may compute before paging: as many as rollup returns at most (47 × 11 × 20).</summary>
    public const int MaxGroups = ListSizes.RollupRows;

    public static void AddAggregateQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<AggregateGroupType, AggregateGroup>>>("aggregate")
            .Says("Ad-hoc aggregation: measures over the branch-level rows `where` selects, grouped by any combination of dimensions (fiscal year, branch, org-unit kind, region of any " +
                "grouping, subject, quality, client-defined groups), each measure by its own rule; paged, with an optional year-over-year change. Every group goes through disclosure control " +
                    "(docs/bi-developers.md \"Ad-hoc aggregation\").",
                "任意集計。")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("measures",
                "Measure codes, e.g. [\"checkup.lifestyle.rate\"] (see `measures`); one group per measure and combination of keys.")
            .Argument<ListGraphType<NonNullGraphType<AggregateDimensionType>>>("groupBy",
                "Dimensions to group by, e.g. [FISCAL_YEAR, REGION]; omitted or empty: one group per measure over every selected row.")
            .Argument<StringGraphType>("grouping", "The region grouping REGION groups by (see `regions`); omitted: the default grouping.")
            .Argument<ListGraphType<NonNullGraphType<AggregateGroupInputType>>>("groups",
                "Client-defined groups of branches for GROUP, e.g. [{ code: \"EAST\", orgUnits: [\"01\", …] }]; they may not overlap.")
            .Argument<BooleanGraphType>("yearOverYear", "Also give each group's previous fiscal year value (the same branches one year earlier), change, changeRate and changeQuality.")
            .Argument<AggregateFilterInputType>("where", "Conditions on the branch-level rows added up (HotChocolate conventions).")
            .Argument<ListGraphType<NonNullGraphType<AggregateSortInputType>>>("order", "Sort order; ties broken by measure, fiscal year, group, region, branch, subject and quality.")
            .AddPagingArguments()
            .ResolveAsync(async context =>
            {
                var groups = await GroupsAsync(context);
                var sort = (AggregateSortInputType)context.FieldDefinition.Arguments!.Find("order")!.ResolvedType!.GetNamedType();
                var total = sort.ApplyInMemory(groups, ClientOrder.Of(context, "order"), x => x.MeasureCode).ThenBy(x => x.FiscalYear).ThenBy(x => x.GroupCode, StringComparer.Ordinal)
                    .ThenBy(x => x.RegionCode, StringComparer.Ordinal).ThenBy(x => x.OrgUnitCode, StringComparer.Ordinal)
                    .ThenBy(x => x.Subject, StringComparer.Ordinal).ThenBy(x => x.QualityKey).ToArray();
                return await context.PageAsync<AggregateGroup>(total);
            });
    }

    private static async Task<IReadOnlyList<AggregateGroup>> GroupsAsync(IResolveFieldContext context)
    {
        var cancellationToken = context.CancellationToken;
        var measureCodes = context.Distinct<string>("measures", ListArguments.MaxMeasures)!;
        var dimensions = (context.GetArgument<AggregateDimension[]?>("groupBy") ?? []).Distinct().ToHashSet();
        var disclosure = context.Disclosure();
        // Every branch's rows, as region roll-ups add them up; what the caller may see of them is disclosure control's to decide.
        // From the read model when the request has one (ReadModel/), else from SQL: the same pinned version either way.
        var all = context.Warehouse().ModelAcrossAllBranches;
        var sql = new Lazy<WarehouseDbContext>(() => context.Warehouse().AcrossAllBranches);

        var measures = all is not null ? all.Rows<Measure>().Where(m => measureCodes.Contains(m.Code)).ToDictionary(m => m.Code)
            : await sql.Value.Measures.AsNoTracking().Where(m => measureCodes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, cancellationToken);
        if (measureCodes.Except(measures.Keys).ToArray() is { Length: > 0 } unknown)
        {
            throw new KenpoError(ErrorCodes.InvalidArgument, $"Unknown measure(s): {string.Join(", ", unknown)}. The `measures` query lists them.");
        }
        if (measures.Values.Where(m => m.Aggregation == AggregationRule.None).Select(m => m.Code).Order(StringComparer.Ordinal).ToArray() is { Length: > 0 } unaggregated)
        {
            throw new KenpoError(ErrorCodes.InvalidArgument, $"Measure(s) without an aggregation rule cannot be aggregated: {string.Join(", ", unaggregated)}.");
        }

        var units = all is not null ? all.Rows<OrgUnit>().Select(u => (u.Code, u.Kind)).ToList()
            : (await sql.Value.OrgUnits.AsNoTracking().Select(u => new { u.Code, u.Kind }).ToListAsync(cancellationToken)).Select(u => (u.Code, u.Kind)).ToList();
        var branches = units.Where(u => u.Kind == OrgUnitKind.Branch).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var kindOf = units.ToDictionary(u => u.Code, u => u.Kind, StringComparer.Ordinal);
        var custom = CustomGroupsOf(context, dimensions, branches);
        var (grouping, regionOf) = await RegionsAsync(context, all, sql, dimensions, cancellationToken);

        var where = context.GetArgument<object?>("where");
        if (disclosure.Applies && MentionsFigures(where))
        {
            throw new KenpoError(ErrorCodes.DisclosureWithheld,
                "A branch-limited token may not filter `aggregate` by value, numerator or denominator: which hidden branches pass such a condition would tell their figures. Filter by year, " +
                    "branch, region, subject, measure or quality.");
        }
        var filter = (AggregateFilterInputType)context.FieldDefinition.Arguments!.Find("where")!.ResolvedType!.GetNamedType();
        // In one order whatever read them: SQL returns rows in no order, and the order of a decimal sum decides a mean's
        // last digit (the read-model differential test found 193519.07981179673308544003651 against …0365).
        var selected = (await SelectedAsync(all, sql, filter, where, measureCodes, cancellationToken))
            .OrderBy(r => r.OrgUnitCode, StringComparer.Ordinal).ThenBy(r => r.FiscalYear).ThenBy(r => r.MeasureCode, StringComparer.Ordinal).ToList();

        // The key of a row's group; null when the row is in no group (a branch outside every custom group or region).
        AggregateGroupKey? KeyOf(AggregateRow r)
        {
            string? region = null, group = null;
            if (dimensions.Contains(AggregateDimension.Region) && (region = regionOf!.GetValueOrDefault(r.OrgUnitCode)) is null)
            {
                return null;
            }
            if (custom is not null && (group = custom.GroupOf(r.OrgUnitCode)) is null)
            {
                return null;
            }
            return new AggregateGroupKey(r.MeasureCode,
                dimensions.Contains(AggregateDimension.FiscalYear) ? r.FiscalYear : null,
                dimensions.Contains(AggregateDimension.OrgUnit) ? r.OrgUnitCode : null,
                dimensions.Contains(AggregateDimension.OrgUnitKind) ? kindOf.GetValueOrDefault(r.OrgUnitCode, OrgUnitKind.Branch) : null,
                region is null ? null : grouping, region,
                dimensions.Contains(AggregateDimension.Subject) ? r.Subject : null,
                dimensions.Contains(AggregateDimension.Quality) ? r.Quality : null,
                group);
        }

        var grouped = selected.Select(r => (Key: KeyOf(r), Row: r)).Where(x => x.Key is not null)
            .GroupBy(x => x.Key!, x => x.Row)
            // A branch the token may not see has no group of its own, as it has no BRANCH roll-up row for that token.
            .Where(g => g.Key.OrgUnitCode is null || !disclosure.Applies || disclosure.Sees(g.Key.OrgUnitCode))
            .ToArray();
        if (grouped.Length > MaxGroups)
        {
            throw TooLarge($"The aggregate would compute {grouped.Length:N0} groups (groups × measures); at most {MaxGroups:N0}. Group by fewer dimensions, or filter.", MaxGroups, grouped.Length);
        }

        var previous = context.GetArgument<bool?>("yearOverYear") == true ? await PreviousRowsAsync(all, sql, measureCodes, selected, cancellationToken) : null;
        var structures = disclosure.Applies ? await disclosure.StructuresAsync(measureCodes, cancellationToken) : null;
        var perYear = new Dictionary<(string, int), GroupDisclosure>();
        Func<string, int, GroupDisclosure>? disclosureOf = structures is null ? null : (measure, year) =>
            perYear.TryGetValue((measure, year), out var known) ? known
                : perYear[(measure, year)] = new GroupDisclosure(structures.GetValueOrDefault(measure)?.GetValueOrDefault(year), disclosure.Sees);

        int ScopeOf(AggregateGroupKey key)
        {
            IEnumerable<string> scope = branches;
            if (key.OrgUnitCode is { } unit)
            {
                scope = [unit];
            }
            if (key.RegionCode is { } region)
            {
                scope = scope.Where(b => regionOf!.GetValueOrDefault(b) == region);
            }
            if (key.GroupCode is { } group)
            {
                scope = scope.Where(b => custom!.GroupOf(b) == group);
            }
            return scope.Count();
        }

        return grouped.Select(g =>
        {
            var measure = measures[g.Key.MeasureCode];
            // The rule the roll-ups were materialised by (Warehouse/Rollups/RollupMaterialiser.RuleOf).
            var rule = new Domain.Rollups.MeasureRule(measure.Code, measure.Aggregation, measure.NumeratorCode, measure.DenominatorCode, measure.WeightCode, measure.Scale);
            var parts = g.Select(Part).ToArray();
            var total = GroupTotal.Of(rule, parts);
            var released = Releasable(disclosureOf, measure.Code, parts);
            var spreadReleased = !disclosure.Applies || GroupDisclosure.SpreadReleasable(parts.Where(p => p.Contributes).Select(p => p.Branch), disclosure.Sees);
            var years = g.Key.FiscalYear is null ? parts.Select(p => p.FiscalYear).Distinct().Count() : 1;
            AggregatePrevious? before = null;
            if (previous is not null)
            {
                var earlier = parts.Select(p => previous.GetValueOrDefault((p.Branch, measure.Code, p.FiscalYear - 1))).OfType<AggregateRow>().Select(Part).ToArray();
                before = earlier.Length == 0 ? new AggregatePrevious(null, 0, null, false) : Previous(rule, earlier, Releasable(disclosureOf, measure.Code, earlier));
            }
            return new AggregateGroup
            {
                MeasureCode = measure.Code,
                FiscalYear = g.Key.FiscalYear,
                OrgUnitCode = g.Key.OrgUnitCode,
                OrgUnitKind = g.Key.OrgUnitKind,
                GroupingCode = g.Key.GroupingCode,
                RegionCode = g.Key.RegionCode,
                Subject = g.Key.Subject,
                QualityKey = g.Key.Quality,
                GroupCode = g.Key.GroupCode,
                Value = released ? total.Value : null,
                Numerator = released ? total.Numerator : null,
                Denominator = released ? total.Denominator : null,
                Count = total.Count,
                Contributors = total.Contributors,
                ExpectedContributors = ScopeOf(g.Key) * years,
                Quality = total.Quality,
                Min = released && spreadReleased ? total.Spread?.Min : null,
                Max = released && spreadReleased ? total.Spread?.Max : null,
                Mean = released && spreadReleased ? total.Spread?.Mean : null,
                Withheld = !released,
                Previous = before,
            };
        }).ToArray();
    }

    private static BranchPart Part(AggregateRow r) =>
        new(r.OrgUnitCode, r.FiscalYear, r.Value, r.Numerator, r.Denominator, r.Contributors > 0, r.Quality);

    private static AggregatePrevious Previous(Domain.Rollups.MeasureRule rule, BranchPart[] parts, bool released)
    {
        var total = GroupTotal.Of(rule, parts);
        return new AggregatePrevious(released ? total.Value : null, total.Contributors, total.Quality, !released);
    }

    /// <summary>Whether the group's parts may be released: in every year it spans, its contributors pass <see cref="GroupDisclosure"/>.</summary>
    private static bool Releasable(Func<string, int, GroupDisclosure>? disclosureOf, string measure, IEnumerable<BranchPart> parts) =>
        disclosureOf is null || parts.Where(p => p.Contributes).GroupBy(p => p.FiscalYear).All(year => disclosureOf(measure, year.Key).Releasable(year.Select(p => p.Branch)));

    /// <summary>The rows of the same branches and measures one year before each selected row.</summary>
    /// <summary>
    /// The branch-level rows of the measures that <c>where</c> selects, at most <see cref="MaxRowsRead"/>: from the read model
    /// when the condition means in memory what it means in SQL (ReadModel/InMemoryPredicate), else counted and read in SQL.
    /// </summary>
    private static async Task<List<AggregateRow>> SelectedAsync(ReadModelView? all, Lazy<WarehouseDbContext> sql, AggregateFilterInputType filter, object? where,
        string[] measureCodes, CancellationToken cancellationToken)
    {
        if (all is not null)
        {
            var predicate = filter.ToPredicate(where, null!);
            if (predicate is null || InMemoryPredicate.TryCompile(predicate, out _))
            {
                var test = predicate is null ? null : predicate.Compile(preferInterpretation: true);
                var inMemory = RowsOf(all, measureCodes).Where(r => test is null || test(r)).ToList();
                return inMemory.Count <= MaxRowsRead ? inMemory
                    : throw TooLarge($"The aggregate would read {inMemory.Count:N0} branch-level rows; at most {MaxRowsRead:N0}. Ask for fewer measures or years.", MaxRowsRead, inMemory.Count);
            }
        }
        var db = sql.Value;
        var rows = AggregateRow.Query(db).Where(r => measureCodes.Contains(r.MeasureCode));
        if (filter.ToPredicate(where, db) is { } condition)
        {
            rows = rows.Where(condition);
        }
        var read = await rows.CountAsync(cancellationToken);
        if (read > MaxRowsRead)
        {
            throw TooLarge($"The aggregate would read {read:N0} branch-level rows; at most {MaxRowsRead:N0}. Ask for fewer measures or years.", MaxRowsRead, read);
        }
        return await rows.ToListAsync(cancellationToken);
    }

    /// <summary>The view's branch-level rows of <paramref name="measureCodes"/>, by measure (indexed once per view).</summary>
    private static IEnumerable<AggregateRow> RowsOf(ReadModelView all, IEnumerable<string> measureCodes)
    {
        var byMeasure = all.Index("aggregate:rowsByMeasure", view => view.Rows<AggregateRow>().GroupBy(r => r.MeasureCode)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal));
        return measureCodes.SelectMany(code => byMeasure.TryGetValue(code, out var rows) ? rows : []);
    }

    private static async Task<Dictionary<(string, string, int), AggregateRow>> PreviousRowsAsync(ReadModelView? all, Lazy<WarehouseDbContext> sql, string[] measures,
        IReadOnlyList<AggregateRow> selected, CancellationToken cancellationToken)
    {
        var years = selected.Select(r => r.FiscalYear - 1).Distinct().ToArray();
        var inMemory = all is null ? null : RowsOf(all, measures).Where(r => years.Contains(r.FiscalYear)).ToList();
        var candidates = all is null ? AggregateRow.Query(sql.Value).Where(r => measures.Contains(r.MeasureCode) && years.Contains(r.FiscalYear)) : null;
        var read = inMemory?.Count ?? await candidates!.CountAsync(cancellationToken);
        if (read + selected.Count > MaxRowsRead)
        {
            throw TooLarge($"With yearOverYear the aggregate would read {read + selected.Count:N0} branch-level rows; at most {MaxRowsRead:N0}. Ask for fewer measures or years.",
                MaxRowsRead, read + selected.Count);
        }
        return (inMemory ?? await candidates!.ToListAsync(cancellationToken)).ToDictionary(r => (r.OrgUnitCode, r.MeasureCode, r.FiscalYear));
    }

    private static CustomGroups? CustomGroupsOf(IResolveFieldContext context, IReadOnlySet<AggregateDimension> dimensions, IReadOnlySet<string> branches)
    {
        var given = context.GetArgument<List<CustomGroup>?>("groups");
        if (given is null != !dimensions.Contains(AggregateDimension.Group))
        {
            throw new KenpoError(ErrorCodes.AggregateGroupsInvalid, given is null
                ? "groupBy names GROUP but no `groups` are given: define the groups, e.g. groups: [{ code: \"EAST\", orgUnits: [\"01\", \"02\"] }]."
                : "`groups` are given but groupBy does not name GROUP: add GROUP to groupBy.");
        }
        try
        {
            return given is null ? null : CustomGroups.Of(given, branches);
        }
        catch (InvalidGroupsException invalid)
        {
            throw new KenpoError(ErrorCodes.AggregateGroupsInvalid, invalid.Message);
        }
    }

    private static async Task<(string? Grouping, IReadOnlyDictionary<string, string>? RegionOf)> RegionsAsync(IResolveFieldContext context,
        ReadModelView? all, Lazy<WarehouseDbContext> sql, IReadOnlySet<AggregateDimension> dimensions, CancellationToken cancellationToken)
    {
        var requested = context.GetArgument<string?>("grouping");
        if (!dimensions.Contains(AggregateDimension.Region))
        {
            return requested is null ? (null, null)
                : throw new KenpoError(ErrorCodes.InvalidArgument, "`grouping` is given but groupBy does not name REGION: add REGION to groupBy.");
        }
        var groupings = all?.Rows<RegionGrouping>().ToList() ?? await sql.Value.RegionGroupings.AsNoTracking().ToListAsync(cancellationToken);
        var grouping = requested is null ? groupings.FirstOrDefault(g => g.IsDefault)?.Code : groupings.FirstOrDefault(g => g.Code == requested)?.Code;
        if (grouping is null)
        {
            throw new KenpoError(ErrorCodes.InvalidArgument,
                $"Unknown region grouping '{requested}'. Groupings: {string.Join(", ", groupings.Select(g => g.Code).Order(StringComparer.Ordinal))}.");
        }
        var members = all?.Rows<RegionMember>().Where(m => m.GroupingCode == grouping).ToList()
            ?? await sql.Value.RegionMembers.AsNoTracking().Where(m => m.GroupingCode == grouping).ToListAsync(cancellationToken);
        return (grouping, members.ToDictionary(m => m.OrgUnitCode, m => m.RegionCode, StringComparer.Ordinal));
    }

    /// <summary>Whether a where value names value, numerator or denominator anywhere (inside and / or too).</summary>
    private static bool MentionsFigures(object? where) => where switch
    {
        IEnumerable<KeyValuePair<string, object?>> fields => fields.Any(f => AggregateFilterInputType.FigureFields.Contains(f.Key) || MentionsFigures(f.Value)),
        IEnumerable<object?> list => list.Any(MentionsFigures),
        _ => false,
    };

    private static KenpoError TooLarge(string message, int limit, int actual) =>
        new(ErrorCodes.AggregateTooLarge, message, new Dictionary<string, object?> { ["limit"] = limit, ["actual"] = actual });
}

/// <summary>The keys of one group: the measure, and each dimension grouped by (null for the others).</summary>
internal sealed record AggregateGroupKey(string MeasureCode, int? FiscalYear, string? OrgUnitCode, OrgUnitKind? OrgUnitKind, string? GroupingCode,
    string? RegionCode, string? Subject, Domain.Provenance.Quality? Quality, string? GroupCode);
