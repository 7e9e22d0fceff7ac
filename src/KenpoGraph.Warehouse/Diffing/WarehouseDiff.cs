using System.Globalization;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

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
        var key = new RowKey(entity.FindPrimaryKey()!.Properties);
        var columns = entity.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => new Column(p)).ToArray();
        var orgUnit = OrgUnitColumnOf(entity) is { } property ? new Column(property) : null;
        var beforeByKey = new Dictionary<string, object>(before.Count, StringComparer.Ordinal);
        foreach (var row in before)
        {
            beforeByKey[key.Of(row)] = row;
        }

        // Counted as they are found: a first load adds millions of rows, and only their counts and 20 of them are shown.
        var changes = new ChangeTally(byOrgUnit: orgUnit is not null);
        // Only needed to find the rows removed; a first load compares with nothing.
        var afterKeys = before.Count == 0 ? null : new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in after)
        {
            var rowKey = key.Of(row);
            afterKeys?.Add(rowKey);
            if (!beforeByKey.TryGetValue(rowKey, out var old))
            {
                changes.Add(new RowChange(RowChangeKind.Added, rowKey, []), orgUnit?.Value(row) as string);
                continue;
            }
            List<ColumnChange>? differing = null;
            foreach (var column in columns)
            {
                if (!Equals(column.Comparable(old), column.Comparable(row)))
                {
                    (differing ??= []).Add(new ColumnChange(column.Property.GetColumnName(), column.Display(old), column.Display(row)));
                }
            }
            if (differing is not null)
            {
                changes.Add(new RowChange(RowChangeKind.Changed, rowKey, differing.ToArray()), orgUnit?.Value(row) as string);
            }
        }
        if (afterKeys is not null)
        {
            foreach (var (rowKey, row) in beforeByKey.Where(b => !afterKeys.Contains(b.Key)))
            {
                changes.Add(new RowChange(RowChangeKind.Removed, rowKey, []), orgUnit?.Value(row) as string);
            }
        }
        return changes.Of(entity.GetTableName()!);
    }

    /// <summary>A table's changes as they are found: counts in all and per org unit, and the first <see cref="ExamplesPerTable"/> by key.</summary>
    private sealed class ChangeTally(bool byOrgUnit)
    {
        private readonly int[] _all = new int[3];
        private readonly Dictionary<string, int[]>? _byOrgUnit = byOrgUnit ? new(StringComparer.Ordinal) : null;

        // In key order (keys are a table's primary key): what ordering every change and taking the first would give.
        private readonly List<RowChange> _first = new(ExamplesPerTable + 1);

        public void Add(RowChange change, string? orgUnit)
        {
            _all[(int)change.Kind]++;
            if (_byOrgUnit is not null)
            {
                var counts = _byOrgUnit.TryGetValue(orgUnit ?? "", out var found) ? found : _byOrgUnit[orgUnit ?? ""] = new int[3];
                counts[(int)change.Kind]++;
            }
            if (_first.Count == ExamplesPerTable && string.CompareOrdinal(change.Key, _first[^1].Key) >= 0)
            {
                return;
            }
            var at = _first.FindIndex(f => string.CompareOrdinal(change.Key, f.Key) < 0);
            _first.Insert(at < 0 ? _first.Count : at, change);
            if (_first.Count > ExamplesPerTable)
            {
                _first.RemoveAt(ExamplesPerTable);
            }
        }

        public TableChanges Of(string table) => new(table,
            _all[(int)RowChangeKind.Added], _all[(int)RowChangeKind.Changed], _all[(int)RowChangeKind.Removed],
            _byOrgUnit is null ? [] : [.. _byOrgUnit.OrderBy(u => u.Key, StringComparer.Ordinal)
                .Select(u => new OrgUnitChanges(u.Key, u.Value[(int)RowChangeKind.Added], u.Value[(int)RowChangeKind.Changed], u.Value[(int)RowChangeKind.Removed]))],
            [.. _first]);
    }

    /// <summary>The column that says whose row it is: the org unit, the roll-up's unit (branch, region or 00), an org unit's own code.</summary>
    private static IProperty? OrgUnitColumnOf(IEntityType entity) =>
        entity.FindProperty(nameof(Observation.OrgUnitCode))
        ?? (entity.ClrType == typeof(Rollup) ? entity.FindProperty(nameof(Rollup.UnitCode))
            : entity.ClrType == typeof(OrgUnit) ? entity.FindProperty(nameof(OrgUnit.Code))
            : null);

    /// <summary>A row's key columns in invariant text, joined with '|'.</summary>
    private sealed class RowKey(IReadOnlyList<IProperty> properties)
    {
        private readonly Column[] _columns = [.. properties.Select(p => new Column(p))];

        // Reused for every row: a comparison runs on one thread.
        private readonly string?[] _parts = new string?[properties.Count];

        public string Of(object row)
        {
            if (_columns.Length == 1)
            {
                return _columns[0].Display(row) ?? "";
            }
            for (var i = 0; i < _columns.Length; i++)
            {
                _parts[i] = _columns[i].Display(row);
            }
            return string.Join('|', _parts);
        }
    }

    /// <summary>
    /// One column's getter, value converter and scale, looked up once per table rather than once per row and
    /// column (a first load compares millions of rows).
    /// </summary>
    private sealed class Column(IProperty property)
    {
        private readonly IClrPropertyGetter _getter = property.GetGetter();
        private readonly ValueConverter? _converter = property.GetValueConverter();
        private readonly int? _scale = property.GetScale();

        public IProperty Property { get; } = property;

        public object? Value(object row) => _getter.GetClrValue(row);

        /// <summary>The value as compared: decimals rounded to the column's scale, everything else as it is.</summary>
        public object? Comparable(object row)
        {
            var value = _getter.GetClrValue(row);
            return value is decimal number && _scale is { } scale ? Math.Round(number, scale, MidpointRounding.AwayFromZero) : value;
        }

        /// <summary>The value as the database holds it (enumerations as their codes), in invariant text.</summary>
        public string? Display(object row)
        {
            var value = Comparable(row);
            if (value is not null && _converter is not null)
            {
                value = _converter.ConvertToProvider(value);
            }
            return value switch
            {
                null => null,
                string text => text,
                decimal number => FigureText.Of(number),
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
        }
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
