using KenpoGraph.Domain.Measures;
using KenpoGraph.Domain.Organisation;

namespace KenpoGraph.Warehouse.Model;

// The dimension rows of the star schema (docs/domain.md "Star schema"). Natural keys (JIS codes, fiscal
// years, measure codes) are the primary keys: the warehouse is small, and readable keys make every
// fact row and every DBA query self-explanatory.

/// <summary>dim_org_unit: the headquarters (00) and the 47 branches (01–47).</summary>
public sealed class OrgUnit
{
    public required string Code { get; init; }
    public required OrgUnitKind Kind { get; init; }
    public required string NameJa { get; init; }
    public required string NameEn { get; init; }
    public required string OfficialNameJa { get; init; }
    public required string OfficialNameEn { get; init; }
}

/// <summary>dim_region_grouping: one way of grouping branches into regional blocks.</summary>
public sealed class RegionGrouping
{
    public required string Code { get; init; }
    public required string NameJa { get; init; }
    public required string NameEn { get; init; }
    public required bool IsDefault { get; init; }
}

/// <summary>dim_region: a regional block within a grouping.</summary>
public sealed class Region
{
    public required string Code { get; init; }
    public required string GroupingCode { get; init; }
    public required string NameJa { get; init; }
    public required string NameEn { get; init; }
    public required int SortOrder { get; init; }
}

/// <summary>dim_region_member: which region a branch belongs to, per grouping.</summary>
public sealed class RegionMember
{
    public required string GroupingCode { get; init; }
    public required string OrgUnitCode { get; init; }
    public required string RegionCode { get; init; }
}

/// <summary>dim_fiscal_year: the fiscal years the warehouse holds facts for.</summary>
public sealed class FiscalYearRow
{
    public required int Year { get; init; }
    public required string WarekiLabel { get; init; }
    public required DateOnly StartsOn { get; init; }
    public required DateOnly EndsOn { get; init; }
}

/// <summary>dim_document: a source document figures are taken from.</summary>
public sealed class SourceDocument
{
    public required string Code { get; init; }
    public required string FileName { get; init; }
    public required string OrgUnitCode { get; init; }
    public required int FiscalYear { get; init; }
    public required string Kind { get; init; }
    public required string TitleJa { get; init; }
    public required string TitleEn { get; init; }
    public required string Locator { get; init; }
    public string? Note { get; init; }
}

/// <summary>dim_unit: a unit as printed (千人, 百万円) and its factor to the base unit.</summary>
public sealed class Unit
{
    public required string Code { get; init; }
    public required string BaseUnit { get; init; }
    public required decimal Factor { get; init; }
    public required string NameEn { get; init; }
}

/// <summary>dim_measure: a measure declared once, with its roll-up rule.</summary>
public sealed class Measure
{
    public required string Code { get; init; }
    public required string Subject { get; init; }
    public required string NameJa { get; init; }
    public required string NameEn { get; init; }
    public required string Unit { get; init; }
    public required AggregationRule Aggregation { get; init; }
    public string? NumeratorCode { get; init; }
    public string? DenominatorCode { get; init; }
    public string? WeightCode { get; init; }
    /// <summary>For RATIO measures: Σnumerator ÷ Σdenominator × Scale (100 for percentages).</summary>
    public decimal Scale { get; init; } = 1m;

    public required bool NonNegative { get; init; }
    public required string DescriptionEn { get; init; }
}
