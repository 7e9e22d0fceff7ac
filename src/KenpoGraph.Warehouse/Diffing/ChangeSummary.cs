using System.Globalization;

namespace KenpoGraph.Warehouse.Diffing;

/// <summary>The short human form of <see cref="WarehouseChanges"/>: one line per changed table, then the national figures that move.</summary>
public static class ChangeSummary
{
    /// <summary>Org units listed per table before the rest is counted ("… 39 more").</summary>
    private const int OrgUnitsShown = 8;

    /// <summary>Rows shown under each changed table: enough to see what kind of change it is; the JSON form has more.</summary>
    private const int ExamplesShown = 3;

    /// <summary>National figures listed before the rest is counted.</summary>
    private const int NationalFiguresShown = 30;

    /// <param name="from">What the changes are measured from, e.g. "data version 1".</param>
    /// <param name="to">What they lead to, e.g. "the input" or "data version 2".</param>
    public static string Of(WarehouseChanges changes, string from, string to)
    {
        using var text = new StringWriter { NewLine = "\n" };
        if (changes.IsEmpty)
        {
            text.WriteLine($"No changes from {from} to {to}: every table holds the same rows.");
            return text.ToString();
        }
        text.WriteLine($"Changes from {from} to {to}:");
        var changed = changes.Tables.Where(t => !t.IsEmpty).ToArray();
        var width = Math.Max("table".Length, changed.Max(t => t.Table.Length));
        text.WriteLine($"  {"table".PadRight(width)}    added  changed  removed  by org unit (+added ~changed -removed)");
        foreach (var table in changed)
        {
            text.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {table.Table.PadRight(width)}  {table.Added,7:N0}  {table.Changed,7:N0}  {table.Removed,7:N0}  {ByOrgUnit(table)}").TrimEnd());
            foreach (var example in table.Examples.Take(ExamplesShown))
            {
                text.WriteLine($"      {Example(example)}");
            }
        }
        var unchanged = changes.Tables.Count - changed.Length;
        if (unchanged > 0)
        {
            text.WriteLine($"  ({unchanged} other table(s) unchanged)");
        }

        // A figure that appears or disappears moves too, but a first load would list every one: counted, not listed.
        var moved = changes.NationalFigures.Where(f => f.Before is not null && f.After is not null).ToArray();
        var appeared = changes.NationalFigures.Count(f => f.Before is null);
        var disappeared = changes.NationalFigures.Count(f => f.After is null);
        if (moved.Length == 0 && appeared == 0 && disappeared == 0)
        {
            text.WriteLine("No national figure moves.");
            return text.ToString();
        }
        text.WriteLine(moved.Length == 0 ? "No national figure changes its value." : "National figures that move:");
        foreach (var figure in moved.Take(NationalFiguresShown))
        {
            var source = figure.Source == NationalFigureSource.Headquarters ? "published (00)" : "national roll-up";
            var difference = figure.Difference!.Value;
            text.WriteLine($"  {figure.Measure} FY{figure.FiscalYear} {source}: {Figure(figure.Before)} → {Figure(figure.After)}  ({(difference > 0 ? "+" : "")}{Figure(difference)})");
        }
        if (moved.Length > NationalFiguresShown)
        {
            text.WriteLine($"  … {moved.Length - NationalFiguresShown} more (all of them in the JSON form)");
        }
        if (appeared > 0)
        {
            text.WriteLine($"National figures new: {appeared} (listed in the JSON form).");
        }
        if (disappeared > 0)
        {
            text.WriteLine($"National figures no longer present: {disappeared} (listed in the JSON form).");
        }
        return text.ToString();
    }

    // Six decimals, the scale figures are kept at: a rate shows as 58.399993, not with 26 digits.
    private static string Figure(decimal? value) => value is { } v ? FigureText.Grouped(Math.Round(v, 6, MidpointRounding.AwayFromZero)) : "(none)";

    private static string Example(RowChange row) => row.Kind switch
    {
        RowChangeKind.Added => $"+ {row.Key}",
        RowChangeKind.Removed => $"- {row.Key}",
        _ => $"~ {row.Key}: {string.Join("; ", row.Columns.Select(c => $"{c.Column} {c.Before ?? "(null)"} → {c.After ?? "(null)"}"))}",
    };

    private static string ByOrgUnit(TableChanges table)
    {
        var parts = table.ByOrgUnit.Take(OrgUnitsShown).Select(u =>
        {
            var counts = new[] { (u.Added, '+'), (u.Changed, '~'), (u.Removed, '-') }
                .Where(p => p.Item1 > 0)
                .Select(p => p.Item2 + p.Item1.ToString("N0", CultureInfo.InvariantCulture));
            return $"{u.OrgUnit} {string.Join(' ', counts)}";
        });
        var more = table.ByOrgUnit.Count > OrgUnitsShown ? $", … {table.ByOrgUnit.Count - OrgUnitsShown} more" : "";
        return string.Join(", ", parts) + more;
    }
}
