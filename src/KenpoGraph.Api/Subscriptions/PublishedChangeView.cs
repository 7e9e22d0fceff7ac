using KenpoGraph.Domain.Access;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Warehouse.Diffing;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Subscriptions;

/// <summary>A table's changes as one subscriber may see them.</summary>
internal sealed record TableChangeView(string Table, int Added, int Changed, int Removed);

/// <summary>One org unit's changes as one subscriber may see them, with the measures whose figures of that unit moved.</summary>
internal sealed record OrgUnitChangeView(string Code, int Added, int Changed, int Removed, IReadOnlyList<string> Measures);

/// <summary>
/// What one subscriber hears of a publish: the caller's rights and the subscription's own filter applied to
/// <see cref="PublishedChange"/>. The rules, in the same spirit as the row filter (Warehouse/Model/WarehouseDbContext.RowFilter):
/// <list type="bullet">
/// <item>a branch-restricted caller hears of its own branches' rows and of the headquarters' published (00) figures only;
/// tables without an org unit column, region and national roll-ups are withheld from it, because a change in them
/// with none in its own branches would tell it that a hidden branch changed;</item>
/// <item>a caller without Kenpo.Finance.Read hears nothing of finance measures;</item>
/// <item>`measures` and `orgUnits` keep only what a dashboard shows; given either, tables are not listed;</item>
/// <item>a view with nothing left is not sent (null).</item>
/// </list>
/// </summary>
internal sealed record PublishedChangeView(
    PublishedChange Event,
    bool ChangesKnown,
    IReadOnlyList<TableChangeView> Tables,
    IReadOnlyList<OrgUnitChangeView> OrgUnits,
    IReadOnlyList<NationalFigureChange> NationalFigures)
{
    /// <summary>The fact table whose 00 rows are the headquarters' own published figures (visible to every caller).</summary>
    private const string ObservationTable = "fact_observation";

    /// <summary>Tables with rows read only with Kenpo.Finance.Read: finance facts and their roll-ups, and the budgets (Warehouse/Model/WarehouseDbContext.RowFilter).</summary>
    private static readonly HashSet<string> FinanceHoldingTables = new(StringComparer.Ordinal)
    {
        ObservationTable, "fact_rollup", "dim_budget_line", "fact_budget_amount", "check_result",
    };

    /// <summary>Of those, the tables that hold nothing else.</summary>
    private static readonly HashSet<string> FinanceOnlyTables = new(StringComparer.Ordinal) { "dim_budget_line", "fact_budget_amount" };

    public static PublishedChangeView? For(PublishedChange change, AccessRights rights, IReadOnlyCollection<string>? measures, IReadOnlyCollection<string>? orgUnits)
    {
        var filtered = measures is not null || orgUnits is not null;
        if (change.Changes is not { } changes)
        {
            // The previous version is no longer stored: say a publish happened, without what moved.
            return new PublishedChangeView(change, ChangesKnown: false, [], [], []);
        }
        var restricted = rights.Branches.IsRestricted;
        bool Shown(string measure) => (rights.CanReadFinance || !change.FinanceMeasures.Contains(measure)) && (measures is null || measures.Contains(measure));
        // Without Kenpo.Finance.Read, a count that could include finance rows is left out: a table that holds them counts
        // for no org unit whose finance figures moved, and is not listed when any finance figure moved (a change count is
        // not a value, but queries never let such a caller count finance rows either).
        var financeMovedAt = rights.CanReadFinance ? [] : change.MovedFigures.Where(f => change.FinanceMeasures.Contains(f.Measure)).Select(f => f.OrgUnit)
            .ToHashSet(StringComparer.Ordinal);
        bool HidesFinance(TableChanges table, string? unit) => !rights.CanReadFinance && FinanceHoldingTables.Contains(table.Table)
            && (FinanceOnlyTables.Contains(table.Table) || (unit is null ? financeMovedAt.Count > 0 : financeMovedAt.Contains(unit)));
        bool Counted(TableChanges table, string unit) =>
            IsOrgUnit(unit) && rights.CanSee(unit) && (!restricted || unit != OrgUnitCode.HeadquartersCode || table.Table == ObservationTable)
            && !HidesFinance(table, unit);

        var tables = new List<TableChangeView>();
        var units = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var table in changes.Tables.Where(t => !t.IsEmpty))
        {
            var visible = table.ByOrgUnit.Where(u => Counted(table, u.OrgUnit)).ToArray();
            foreach (var unit in visible)
            {
                var counts = units.TryGetValue(unit.OrgUnit, out var found) ? found : units[unit.OrgUnit] = new int[3];
                counts[0] += unit.Added;
                counts[1] += unit.Changed;
                counts[2] += unit.Removed;
            }
            if (!restricted)
            {
                if (!HidesFinance(table, unit: null))
                {
                    tables.Add(new TableChangeView(table.Table, table.Added, table.Changed, table.Removed));
                }
            }
            else if (visible.Length > 0)
            {
                tables.Add(new TableChangeView(table.Table, visible.Sum(u => u.Added), visible.Sum(u => u.Changed), visible.Sum(u => u.Removed)));
            }
        }
        var unitViews = units
            .Where(u => orgUnits is null || orgUnits.Contains(u.Key))
            .Select(u => new OrgUnitChangeView(u.Key, u.Value[0], u.Value[1], u.Value[2],
                [.. change.MovedFigures.Where(f => f.OrgUnit == u.Key && Shown(f.Measure)).Select(f => f.Measure).Distinct().Order(StringComparer.Ordinal)]))
            // Asked for measures, an org unit none of whose figures of those measures moved has nothing to say.
            .Where(u => measures is null || u.Measures.Count > 0)
            .Where(u => u.Measures.Count > 0 || u.Added + u.Changed + u.Removed > 0)
            .ToArray();
        var national = changes.NationalFigures
            .Where(f => Shown(f.Measure) && (!restricted || f.Source == NationalFigureSource.Headquarters))
            .Where(f => orgUnits is null || orgUnits.Contains(OrgUnitCode.HeadquartersCode))
            .ToArray();
        if (filtered)
        {
            tables.Clear();
        }
        return tables.Count == 0 && unitViews.Length == 0 && national.Length == 0
            ? null
            : new PublishedChangeView(change, ChangesKnown: true, tables, unitViews, national);
    }

    /// <summary>An org unit's code (00 or a branch, 01–47), not a region's.</summary>
    private static bool IsOrgUnit(string code) => OrgUnitCode.TryParse(code, out _);
}
