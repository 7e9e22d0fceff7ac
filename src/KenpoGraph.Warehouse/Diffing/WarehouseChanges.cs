using System.Text.Json.Serialization;

namespace KenpoGraph.Warehouse.Diffing;

/// <summary>What one data version changes against another: rows per table and org unit, and the national figures that move.</summary>
/// <param name="Tables">Every table of the model, by name, with or without changes.</param>
public sealed record WarehouseChanges(IReadOnlyList<TableChanges> Tables, IReadOnlyList<NationalFigureChange> NationalFigures)
{
    [JsonIgnore]
    public bool IsEmpty => Tables.All(t => t.IsEmpty);
}

/// <summary>Rows of one table added, changed (same key, another value in some column) and removed.</summary>
/// <param name="ByOrgUnit">The same counts per org unit (or region, for regional roll-ups), for tables that have one; ordered by code.</param>
/// <param name="Examples">The first rows that changed, in key order (at most <see cref="WarehouseDiff.ExamplesPerTable"/>).</param>
public sealed record TableChanges(string Table, int Added, int Changed, int Removed, IReadOnlyList<OrgUnitChanges> ByOrgUnit,
    IReadOnlyList<RowChange> Examples)
{
    [JsonIgnore]
    public bool IsEmpty => Added + Changed + Removed == 0;
}

/// <param name="OrgUnit">An org unit code (00 headquarters, 01–47), or a region code for regional roll-ups.</param>
public sealed record OrgUnitChanges(string OrgUnit, int Added, int Changed, int Removed);

public enum RowChangeKind
{
    Added,
    Changed,
    Removed,
}

/// <param name="Key">The row's key columns joined with '|', e.g. <c>00|2024|membership.members</c>.</param>
/// <param name="Columns">For a changed row, each column that differs.</param>
public sealed record RowChange(RowChangeKind Kind, string Key, IReadOnlyList<ColumnChange> Columns);

public sealed record ColumnChange(string Column, string? Before, string? After);

public enum NationalFigureSource
{
    /// <summary>fact_rollup at NATIONAL level: the 47 branches rolled up by the measure's rule.</summary>
    NationalRollup,

    /// <summary>fact_observation of the headquarters (00): a national figure as the sources print it.</summary>
    Headquarters,
}

/// <summary>A national figure whose value moves (null: absent on that side).</summary>
public sealed record NationalFigureChange(string Measure, int FiscalYear, NationalFigureSource Source, decimal? Before, decimal? After)
{
    public decimal? Difference => After - Before;
}
