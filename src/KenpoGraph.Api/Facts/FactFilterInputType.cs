using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.Measures;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Regions;
using KenpoGraph.Api.Rollups;
using KenpoGraph.Api.Sorting;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Facts;

/// <summary>
/// FactFilterInput: the fact feed's fields under their output names; the related objects (orgUnit, region, measure) as
/// nested object filters, since on this new input no code filter holds those names.
/// </summary>
internal sealed class FactFilterInputType : FilterInputType<FactFilterInputType, FactRecord>
{
    public FactFilterInputType() : base("FactFilterInput", "Conditions on fact rows (HotChocolate filtering conventions). 事実行の絞り込み条件。")
    {
        Enumeration<RollupLevelType, RollupLevel>("level", x => x.Level, "BRANCH, REGION or NATIONAL.");
        Text("orgUnitCode", x => x.OrgUnitCode, "Branch code or 00; eq: null for REGION rows.", nullable: true);
        Text("regionCode", x => x.RegionCode, "Region of a REGION row, or a branch's region (default grouping); eq: null for NATIONAL rows.", nullable: true);
        Text("grouping", x => x.GroupingCode, "Grouping of a REGION row; eq: null for the others.", nullable: true);
        Integer("fiscalYear", x => x.FiscalYear, "Starting western year.");
        Text("measureCode", x => x.MeasureCode, "Measure code.");
        Text("subject", x => x.Subject, "Subject: MEMBERSHIP, MEDICAL_COST, CHECKUP, GUIDANCE, INCENTIVE, PREMIUM, FINANCE.");
        Number("value", x => x.Value, "The value, compared exactly (eq: null where no branch contributed or a denominator is zero).");
        Number("numerator", x => x.Numerator, "Σ numerator (or Σ value, Σ value·weight).");
        Number("denominator", x => x.Denominator, "Σ denominator (or Σ weight); null for sums.");
        Integer("contributors", x => x.Contributors, "Branches that contributed.");
        Integer("expectedContributors", x => x.ExpectedContributors, "Branches in the unit.");
        Boolean("complete", x => x.Contributors == x.ExpectedContributors, "Every branch of the unit contributed.");
        Enumeration<QualityType, Quality>("quality", x => x.Quality, "PUBLISHED, DERIVED or DEMO.");
        Number("publishedValue", x => x.PublishedValue, "The figure the source prints for the unit, where it prints one.");
        Number("difference", x => x.Difference, "value − publishedValue.");
        Enumeration<ValueBasisType, ValueBasis>("basis", x => x.Basis, "What time the loaded figure describes; eq: null for rows without one.");
        Text("documentCode", x => x.DocumentCode, "Source document of the loaded figure; eq: null for rows without one.", nullable: true);
        Object<OrgUnitFilterInputType, OrgUnit>("orgUnit", db => x => db.OrgUnits.Where(u => u.Code == x.OrgUnitCode), "The branch or the headquarters (no condition holds for a REGION row).");
        Object<RegionFilterInputType, Region>("region", db => x => db.Regions.Where(r => r.Code == x.RegionCode), "The region regionCode names (no condition holds for a NATIONAL row).");
        Object<MeasureFilterInputType, Measure>("measure", db => x => db.Measures.Where(m => m.Code == x.MeasureCode), "The measure.");
    }
}

internal sealed class FactSortInputType : SortInputType<FactRecord>
{
    public FactSortInputType() : base("FactSortInput", "Sort order for fact rows (HotChocolate sorting conventions). 事実行の並び順。")
    {
        Sort("level", x => x.Level, "By level code (BRANCH, NATIONAL, REGION).");
        Sort("orgUnitCode", x => x.OrgUnitCode, "By org unit code (REGION rows, without one, first when ascending).");
        Sort("regionCode", x => x.RegionCode, "By region code.");
        Sort("grouping", x => x.GroupingCode, "By grouping.");
        Sort("fiscalYear", x => x.FiscalYear, "By year.");
        Sort("measureCode", x => x.MeasureCode, "By measure code.");
        Sort("subject", x => x.Subject, "By subject.");
        Sort("value", x => x.Value, "By value (exact; mixed units across measures).");
        Sort("numerator", x => x.Numerator, "By numerator.");
        Sort("denominator", x => x.Denominator, "By denominator.");
        Sort("contributors", x => x.Contributors, "By contributing branches.");
        Sort("quality", x => x.Quality, "By quality.");
        Sort("publishedValue", x => x.PublishedValue, "By published value.");
        Sort("difference", x => x.Difference, "By difference.");
        Object<OrgUnitSortInputType, OrgUnit>("orgUnit", db => x => db.OrgUnits.Where(u => u.Code == x.OrgUnitCode), "By the org unit's fields (REGION rows, without one, sort as null).");
        Object<RegionSortInputType, Region>("region", db => x => db.Regions.Where(r => r.Code == x.RegionCode), "By the region's fields (NATIONAL rows, without one, sort as null).");
    }
}
