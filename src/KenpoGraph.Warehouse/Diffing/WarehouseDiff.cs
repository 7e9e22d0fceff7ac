using System.Globalization;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KenpoGraph.Warehouse.Diffing;

/// <summary>
/// Compares two data versions row by row: a row is matched by its table's primary key, and changed when
/// any other column differs. Decimals are compared at their column's scale, so a value that a provider
/// rounds on the way in (SQL Server's decimal(28,6)) is not reported as a change.
/// </summary>
public static class WarehouseDiff
{
    /// <summary>How many changed rows each table lists; the counts always cover all of them.</summary>
    public const int ExamplesPerTable = 20;

    public static WarehouseChanges Compare(WarehouseContents before, WarehouseContents after)
    {
        var tables = WarehouseContents.Model.GetEntityTypes()
            .Where(e => e.ClrType != typeof(DataVersion))
            .Select(entity => CompareTable(entity, RowsOf(before, entity), RowsOf(after, entity)))
            .OrderBy(t => t.Table, StringComparer.Ordinal)
            .ToArray();
        return new WarehouseChanges(tables, NationalFigures(before, after));
    }

    private static IReadOnlyList<object> RowsOf(WarehouseContents contents, IEntityType entity) =>
        contents.Rows.GetValueOrDefault(entity.ClrType) ?? [];

    private static TableChanges CompareTable(IEntityType entity, IReadOnlyList<object> before, IReadOnlyList<object> after)
    {
        var key = entity.FindPrimaryKey()!.Properties;
        var columns = entity.GetProperties().Where(p => !p.IsPrimaryKey()).ToArray();
        var orgUnit = OrgUnitColumnOf(entity);
        var beforeByKey = new Dictionary<string, object>(before.Count, StringComparer.Ordinal);
        foreach (var row in before)
        {
            beforeByKey[KeyOf(key, row)] = row;
        }

        var changes = new List<(RowChange Change, string? OrgUnit)>();
        var afterKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in after)
        {
            var rowKey = KeyOf(key, row);
            afterKeys.Add(rowKey);
            if (!beforeByKey.TryGetValue(rowKey, out var old))
            {
                changes.Add((new RowChange(RowChangeKind.Added, rowKey, []), OrgUnitOf(orgUnit, row)));
                continue;
            }
            var differing = columns
                .Where(c => !Equals(Comparable(c, old), Comparable(c, row)))
                .Select(c => new ColumnChange(c.GetColumnName(), Display(c, old), Display(c, row)))
                .ToArray();
            if (differing.Length > 0)
            {
                changes.Add((new RowChange(RowChangeKind.Changed, rowKey, differing), OrgUnitOf(orgUnit, row)));
            }
        }
        foreach (var (rowKey, row) in beforeByKey.Where(b => !afterKeys.Contains(b.Key)))
        {
            changes.Add((new RowChange(RowChangeKind.Removed, rowKey, []), OrgUnitOf(orgUnit, row)));
        }

        var byOrgUnit = orgUnit is null ? [] : changes
            .GroupBy(c => c.OrgUnit ?? "", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OrgUnitChanges(g.Key, Count(g.Select(c => c.Change), RowChangeKind.Added),
                Count(g.Select(c => c.Change), RowChangeKind.Changed), Count(g.Select(c => c.Change), RowChangeKind.Removed)))
            .ToArray();
        var all = changes.Select(c => c.Change).ToArray();
        return new TableChanges(entity.GetTableName()!, Count(all, RowChangeKind.Added), Count(all, RowChangeKind.Changed),
            Count(all, RowChangeKind.Removed), byOrgUnit,
            [.. all.OrderBy(c => c.Key, StringComparer.Ordinal).Take(ExamplesPerTable)]);
    }

    private static int Count(IEnumerable<RowChange> changes, RowChangeKind kind) => changes.Count(c => c.Kind == kind);

    /// <summary>The column that says whose row it is: the org unit, the roll-up's unit (branch, region or 00), an org unit's own code.</summary>
    private static IProperty? OrgUnitColumnOf(IEntityType entity) =>
        entity.FindProperty(nameof(Observation.OrgUnitCode))
        ?? (entity.ClrType == typeof(Rollup) ? entity.FindProperty(nameof(Rollup.UnitCode))
            : entity.ClrType == typeof(OrgUnit) ? entity.FindProperty(nameof(OrgUnit.Code))
            : null);

    private static string? OrgUnitOf(IProperty? column, object row) => column is null ? null : column.GetGetter().GetClrValue(row) as string;

    private static string KeyOf(IReadOnlyList<IProperty> key, object row) =>
        string.Join('|', key.Select(p => Display(p, row)));

    /// <summary>The value as compared: decimals rounded to the column's scale, everything else as it is.</summary>
    private static object? Comparable(IProperty column, object row)
    {
        var value = column.GetGetter().GetClrValue(row);
        return value is decimal number && column.GetScale() is { } scale ? Math.Round(number, scale, MidpointRounding.AwayFromZero) : value;
    }

    /// <summary>The value as the database holds it (enumerations as their codes), in invariant text.</summary>
    private static string? Display(IProperty column, object row)
    {
        var value = Comparable(column, row);
        if (value is not null && column.GetValueConverter() is { } converter)
        {
            value = converter.ConvertToProvider(value);
        }
        return value switch
        {
            null => null,
            decimal number => FigureText.Of(number),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }

    private static IReadOnlyList<NationalFigureChange> NationalFigures(WarehouseContents before, WarehouseContents after)
    {
        static Dictionary<(string, int, NationalFigureSource), decimal?> Figures(WarehouseContents contents)
        {
            var figures = new Dictionary<(string, int, NationalFigureSource), decimal?>();
            foreach (var rollup in contents.Rows.GetValueOrDefault(typeof(Rollup))?.Cast<Rollup>() ?? [])
            {
                if (rollup.Level == RollupLevel.National)
                {
                    figures[(rollup.MeasureCode, rollup.FiscalYear, NationalFigureSource.NationalRollup)] = rollup.Value;
                }
            }
            foreach (var observation in contents.Rows.GetValueOrDefault(typeof(Observation))?.Cast<Observation>() ?? [])
            {
                if (observation.OrgUnitCode == OrgUnitCode.HeadquartersCode)
                {
                    figures[(observation.MeasureCode, observation.FiscalYear, NationalFigureSource.Headquarters)] = observation.Value;
                }
            }
            return figures;
        }

        var old = Figures(before);
        var @new = Figures(after);
        return old.Keys.Union(@new.Keys)
            .Select(k => new NationalFigureChange(k.Item1, k.Item2, k.Item3, old.GetValueOrDefault(k), @new.GetValueOrDefault(k)))
            // Six decimals: the scale both fact tables keep their figures at.
            .Where(c => Round6(c.Before) != Round6(c.After))
            .OrderBy(c => c.Measure, StringComparer.Ordinal).ThenBy(c => c.FiscalYear).ThenBy(c => c.Source)
            .ToArray();
    }

    private static decimal? Round6(decimal? value) => value is { } v ? Math.Round(v, 6, MidpointRounding.AwayFromZero) : null;
}
