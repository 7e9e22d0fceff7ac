using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Diffing;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Subscriptions;

/// <summary>
/// One publish as this instance noticed it: the new version, the one it replaced, and what moved between them
/// across every branch. Never sent as it is: each subscriber gets its own view (<see cref="PublishedChangeView"/>).
/// </summary>
/// <param name="Changes">What `kenpograph diff` would say between the two versions; null when the previous one is no longer stored.</param>
/// <param name="MovedFigures">(org unit, measure) pairs whose own figures (facts or branch roll-ups) were added, changed or removed.</param>
/// <param name="FinanceMeasures">Measures of the finance subject in the new version, hidden from callers without Kenpo.Finance.Read.</param>
internal sealed record PublishedChange(
    DataVersion Version,
    int? PreviousVersion,
    DateTimeOffset NoticedAt,
    WarehouseChanges? Changes,
    IReadOnlySet<(string OrgUnit, string Measure)> MovedFigures,
    IReadOnlySet<string> FinanceMeasures)
{
    /// <summary>Compares two versions' contents (the same comparison `kenpograph diff` makes).</summary>
    public static PublishedChange Between(DataVersion version, int? previousVersion, DateTimeOffset noticedAt, WarehouseContents? before, WarehouseContents after) =>
        new(version, previousVersion, noticedAt,
            before is null ? null : WarehouseDiff.Compare(before, after),
            before is null ? new HashSet<(string, string)>() : MovedFiguresBetween(before, after),
            after.Rows.GetValueOrDefault(typeof(Measure))?.Cast<Measure>()
                .Where(m => m.Subject == Domain.Access.KenpoScope.FinanceFactSubject).Select(m => m.Code).ToHashSet(StringComparer.Ordinal)
                ?? []);

    private static HashSet<(string, string)> MovedFiguresBetween(WarehouseContents before, WarehouseContents after)
    {
        var old = Figures(before);
        var @new = Figures(after);
        var moved = new HashSet<(string, string)>();
        foreach (var (key, value) in @new)
        {
            if (!old.TryGetValue(key, out var was) || was != value)
            {
                moved.Add((key.Unit, key.Measure));
            }
        }
        foreach (var key in old.Keys.Where(k => !@new.ContainsKey(k)))
        {
            moved.Add((key.Unit, key.Measure));
        }
        return moved;
    }

    /// <summary>Each org unit's own figures: its facts and, for a branch, its branch roll-ups (region and national ones are aggregates, not a unit's own).</summary>
    private static Dictionary<(string Unit, string Measure, int Year, string Kind), decimal?> Figures(WarehouseContents contents)
    {
        var figures = new Dictionary<(string, string, int, string), decimal?>();
        foreach (var observation in contents.Rows.GetValueOrDefault(typeof(Observation))?.Cast<Observation>() ?? [])
        {
            figures[(observation.OrgUnitCode, observation.MeasureCode, observation.FiscalYear, "fact")] = Math.Round(observation.Value, 6, MidpointRounding.AwayFromZero);
        }
        foreach (var rollup in contents.Rows.GetValueOrDefault(typeof(Rollup))?.Cast<Rollup>() ?? [])
        {
            if (rollup.Level == RollupLevel.Branch)
            {
                figures[(rollup.UnitCode, rollup.MeasureCode, rollup.FiscalYear, "rollup")] = rollup.Value is { } v ? Math.Round(v, 6, MidpointRounding.AwayFromZero) : null;
            }
        }
        return figures;
    }
}
