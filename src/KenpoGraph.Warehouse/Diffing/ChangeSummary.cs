using System.Globalization;

namespace KenpoGraph.Warehouse.Diffing;

/// <summary>The short human form of <see cref="WarehouseChanges"/>: one line per changed table, then the national figures that move.</summary>
public static class ChangeSummary
{
    /// <summary>Org units listed per table before the rest is counted ("… 39 more").</summary>
    private const int OrgUnitsShown = 8;

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
        }
        var unchanged = changes.Tables.Count - changed.Length;
        if (unchanged > 0)
        {
            text.WriteLine($"  ({unchanged} other table(s) unchanged)");
        }

        if (changes.NationalFigures.Count == 0)
        {
            text.WriteLine("No national figure moves.");
            return text.ToString();
        }
        text.WriteLine("National figures that move:");
        foreach (var figure in changes.NationalFigures.Take(NationalFiguresShown))
        {
            var source = figure.Source == NationalFigureSource.Headquarters ? "published (00)" : "national roll-up";
            var difference = figure.Difference is { } d ? $"  ({(d > 0 ? "+" : "")}{FigureText.Grouped(d)})" : "";
            text.WriteLine($"  {figure.Measure} FY{figure.FiscalYear} {source}: {Figure(figure.Before)} → {Figure(figure.After)}{difference}");
        }
        if (changes.NationalFigures.Count > NationalFiguresShown)
        {
            text.WriteLine($"  … {changes.NationalFigures.Count - NationalFiguresShown} more (all of them in the JSON form)");
        }
        return text.ToString();
    }

    private static string Figure(decimal? value) => value is { } v ? FigureText.Grouped(v) : "(none)";

    private static string ByOrgUnit(TableChanges table)
    {
        var parts = table.ByOrgUnit.Take(OrgUnitsShown).Select(u =>
            $"{u.OrgUnit} {string.Join(' ', new[] { (u.Added, '+'), (u.Changed, '~'), (u.Removed, '-') }.Where(p => p.Item1 > 0).Select(p => p.Item2 + p.Item1.ToString("N0", CultureInfo.InvariantCulture)))}");
        var more = table.ByOrgUnit.Count > OrgUnitsShown ? $", … {table.ByOrgUnit.Count - OrgUnitsShown} more" : "";
        return string.Join(", ", parts) + more;
    }
}
