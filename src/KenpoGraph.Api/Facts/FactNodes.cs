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
        if (type == "Observation")
        {
            var parsed = keys.Select(ParseObservationKey).OfType<(string Unit, int Year, string Measure)>().ToArray();
            var pairs = parsed.Select(p => $"{p.Unit}/{p.Measure}").Distinct().ToArray();
            var years = parsed.Select(p => p.Year).Distinct().ToArray();
            var rows = await ObservationRecord.Query(db)
                .Where(x => pairs.Contains(x.OrgUnitCode + "/" + x.MeasureCode) && years.Contains(x.FiscalYear)).ToListAsync(cancellationToken);
            var wanted = keys.ToHashSet(StringComparer.Ordinal);
            return rows.Select(x => (Key: ObservationKey(x.OrgUnitCode, x.FiscalYear, x.MeasureCode), Row: (object)x)).Where(x => wanted.Contains(x.Key)).ToArray();
        }
        var facts = keys.Select(FactRecord.ParseKey).OfType<(RollupLevel Level, string Unit, int Year, string Measure)>().ToArray();
        var factPairs = facts.Select(p => $"{p.Unit}/{p.Measure}").Distinct().ToArray();
        var factYears = facts.Select(p => p.Year).Distinct().ToArray();
        var levels = facts.Select(p => p.Level).Distinct().ToArray();
        var wantedFacts = keys.ToHashSet(StringComparer.Ordinal);
        if (type == "Fact")
        {
            var rows = await FactRecord.Query(db)
                .Where(x => factPairs.Contains(x.UnitCode + "/" + x.MeasureCode) && factYears.Contains(x.FiscalYear) && levels.Contains(x.Level))
                .ToListAsync(cancellationToken);
            return rows.Where(x => wantedFacts.Contains(x.Key)).Select(x => (x.Key, (object)x)).ToArray();
        }
        var rollups = await db.Rollups
            .Where(x => factPairs.Contains(x.UnitCode + "/" + x.MeasureCode) && factYears.Contains(x.FiscalYear) && levels.Contains(x.Level))
            .ToListAsync(cancellationToken);
        return rollups.Select(x => (Key: FactRecord.KeyOf(x.Level, x.UnitCode, x.FiscalYear, x.MeasureCode), Row: (object)x))
            .Where(x => wantedFacts.Contains(x.Key)).ToArray();
    }

    private static (string Unit, int Year, string Measure)? ParseObservationKey(string key)
    {
        var parts = key.Split('/', 3);
        return parts.Length == 3 && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? (parts[0], year, parts[2])
            : null;
    }
}
