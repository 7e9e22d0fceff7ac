using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Facts;

/// <summary>
/// node(id:) and nodes(ids:) for the feeds' rows, whose keys are compound: a Fact or Rollup by level, unit, year and
/// measure (<see cref="FactRecord.KeyOf"/>), an Observation by org unit, year and measure (<see cref="ObservationKey"/>).
/// The rows are read through the request's context, so a hidden branch's row resolves to null as any hidden node does.
/// </summary>
internal static class FactNodes
{
    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal) { "Fact", "Rollup", "Observation" };

    public static string ObservationKey(string orgUnit, int year, string measure) =>
        $"{orgUnit}/{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{measure}";

    /// <summary>
    /// The rows of one type the keys name, in one statement: unit·measure pairs and years narrow it in SQL (at most as
    /// many pairs as keys), and the exact keys are matched here. Keys that name no row (or a malformed one) are left out.
    /// </summary>
    public static async Task<IEnumerable<(string Key, object Row)>> FindAsync(WarehouseDbContext db, string type, IReadOnlyCollection<string> keys,
        CancellationToken cancellationToken)
    {
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        IEnumerable<(string Key, object Row)> rows = type switch
        {
            "Observation" => (await Observations(db, keys).ToListAsync(cancellationToken))
                .Select(x => (ObservationKey(x.OrgUnitCode, x.FiscalYear, x.MeasureCode), (object)x)),
            "Fact" => (await Facts(db, keys).ToListAsync(cancellationToken)).Select(x => (x.Key, (object)x)),
            _ => (await Rollups(db, keys).ToListAsync(cancellationToken))
                .Select(x => (FactRecord.KeyOf(x.Level, x.UnitCode, x.FiscalYear, x.MeasureCode), (object)x)),
        };
        return rows.Where(x => wanted.Contains(x.Key)).ToArray();
    }

    /// <summary>The observations an id's keys may name: their org unit·measure pairs and years.</summary>
    public static IQueryable<ObservationRecord> Observations(WarehouseDbContext db, IEnumerable<string> keys)
    {
        var parsed = keys.Select(ParseObservationKey).OfType<(string Unit, int Year, string Measure)>().ToArray();
        var pairs = parsed.Select(p => $"{p.Unit}/{p.Measure}").Distinct().ToArray();
        var years = parsed.Select(p => p.Year).Distinct().ToArray();
        return ObservationRecord.Query(db).Where(x => pairs.Contains(x.OrgUnitCode + "/" + x.MeasureCode) && years.Contains(x.FiscalYear));
    }

    /// <summary>The fact rows an id's keys may name: their unit·measure pairs, years and levels.</summary>
    public static IQueryable<FactRecord> Facts(WarehouseDbContext db, IEnumerable<string> keys)
    {
        var (pairs, years, levels) = RowKeys(keys);
        return FactRecord.Query(db).Where(x => pairs.Contains(x.UnitCode + "/" + x.MeasureCode) && years.Contains(x.FiscalYear) && levels.Contains(x.Level));
    }

    /// <summary>The roll-up rows an id's keys may name, as <see cref="Facts"/>.</summary>
    public static IQueryable<Rollup> Rollups(WarehouseDbContext db, IEnumerable<string> keys)
    {
        var (pairs, years, levels) = RowKeys(keys);
        return db.Rollups.Where(x => pairs.Contains(x.UnitCode + "/" + x.MeasureCode) && years.Contains(x.FiscalYear) && levels.Contains(x.Level));
    }

    private static (string[] Pairs, int[] Years, RollupLevel[] Levels) RowKeys(IEnumerable<string> keys)
    {
        var parsed = keys.Select(FactRecord.ParseKey).OfType<(RollupLevel Level, string Unit, int Year, string Measure)>().ToArray();
        return ([.. parsed.Select(p => $"{p.Unit}/{p.Measure}").Distinct()], [.. parsed.Select(p => p.Year).Distinct()], [.. parsed.Select(p => p.Level).Distinct()]);
    }

    private static (string Unit, int Year, string Measure)? ParseObservationKey(string key)
    {
        var parts = key.Split('/', 3);
        return parts.Length == 3 && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? (parts[0], year, parts[2])
            : null;
    }
}
