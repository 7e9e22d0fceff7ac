using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Sorting;
using KenpoGraph.Domain.Provenance;

namespace KenpoGraph.Api.Facts;

internal sealed class ObservationFilterInputType : FilterInputType<ObservationFilterInputType, ObservationRecord>
{
    public ObservationFilterInputType() : base("ObservationFilterInput", "Conditions on observations (HotChocolate filtering conventions). 観測値の絞り込み条件。")
    {
        Text("measureCode", x => x.MeasureCode, "Measure code.");
        DeprecatedAlias("measure", "measureCode");
        Text("subject", x => x.Subject, "Subject: MEMBERSHIP, MEDICAL_COST, CHECKUP, GUIDANCE, INCENTIVE, PREMIUM, FINANCE.");
        Text("orgUnitCode", x => x.OrgUnitCode, "Org unit code (00 = national figure).");
        DeprecatedAlias("orgUnit", "orgUnitCode");
        Text("regionCode", x => x.RegionCode, "Region code of the branch (default grouping); eq: null for the headquarters' rows.", nullable: true);
        DeprecatedAlias("region", "regionCode");
        Integer("fiscalYear", x => x.FiscalYear, "Starting western year.");
        Number("value", x => x.Value, "Value in the measure's base unit, compared exactly.");
        Enumeration<ValueBasisType, ValueBasis>("basis", x => x.Basis, "What time the figure describes.");
        Enumeration<QualityType, Quality>("quality", x => x.Quality, "PUBLISHED, DERIVED or DEMO.");
        Text("documentCode", x => x.DocumentCode, "Source document code.");
    }
}

internal sealed class ObservationSortInputType : SortInputType<ObservationRecord>
{
    public ObservationSortInputType() : base("ObservationSortInput", "Sort order for observations. 観測値の並び順。")
    {
        Sort("measureCode", x => x.MeasureCode, "By measure code.");
        DeprecatedAlias("measure", "measureCode");
        Sort("orgUnitCode", x => x.OrgUnitCode, "By org unit code.");
        DeprecatedAlias("orgUnit", "orgUnitCode");
        Sort("regionCode", x => x.RegionCode, "By region code (the headquarters' rows, without one, first when ascending).");
        DeprecatedAlias("region", "regionCode");
        Sort("fiscalYear", x => x.FiscalYear, "By year.");
        Sort("subject", x => x.Subject, "By subject.");
        Sort("value", x => x.Value, "By value (exact; mixed units across measures).");
        Sort("quality", x => x.Quality, "By quality.");
    }
}
