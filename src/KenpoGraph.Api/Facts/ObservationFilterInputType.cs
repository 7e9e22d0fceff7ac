using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Sorting;
using KenpoGraph.Domain.Provenance;

namespace KenpoGraph.Api.Facts;

internal sealed class ObservationFilterInputType : FilterInputType<ObservationFilterInputType, ObservationRecord>
{
    public ObservationFilterInputType() : base("ObservationFilterInput", "Conditions on observations (HotChocolate filtering conventions). 観測値の絞り込み条件。")
    {
        Text("measure", x => x.MeasureCode, "Measure code.");
        Text("subject", x => x.Subject, "Subject: MEMBERSHIP, MEDICAL_COST, CHECKUP, GUIDANCE, INCENTIVE, PREMIUM, FINANCE.");
        Text("orgUnit", x => x.OrgUnitCode, "Org unit code (00 = national figure).");
        Text("region", x => x.RegionCode!, "Region code of the branch (default grouping).");
        Integer("fiscalYear", x => x.FiscalYear, "Starting western year.");
        Enumeration<QualityType, Quality>("quality", x => x.Quality, "PUBLISHED, DERIVED or DEMO.");
    }
}

internal sealed class ObservationSortInputType : SortInputType<ObservationRecord>
{
    public ObservationSortInputType() : base("ObservationSortInput", "Sort order for observations. 観測値の並び順。")
    {
        Sort("measure", x => x.MeasureCode, "By measure code.");
        Sort("orgUnit", x => x.OrgUnitCode, "By org unit code.");
        Sort("region", x => x.RegionCode, "By region code.");
        Sort("fiscalYear", x => x.FiscalYear, "By year.");
        Sort("quality", x => x.Quality, "By quality.");
    }
}
