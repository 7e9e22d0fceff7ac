using KenpoGraph.Api.Sorting;

namespace KenpoGraph.Api.Aggregation;

internal sealed class AggregateSortInputType : SortInputType<AggregateGroup>
{
    public AggregateSortInputType() : base("AggregateSortInput", "Sort order for aggregate groups (HotChocolate sorting conventions). 集計の並び順。")
    {
        Sort("measureCode", x => x.MeasureCode, "By measure code.");
        Sort("fiscalYear", x => x.FiscalYear, "By fiscal year.");
        Sort("orgUnitCode", x => x.OrgUnitCode, "By branch code.");
        Sort("regionCode", x => x.RegionCode, "By region code.");
        Sort("groupCode", x => x.GroupCode, "By custom group code.");
        Sort("subject", x => x.Subject, "By subject.");
        Sort("quality", x => x.Quality, "By the group's quality.");
        Sort("value", x => x.Value, "By value (exact; withheld and missing values are null, first when ascending).");
        Sort("change", x => x.Change, "By year-over-year change (with yearOverYear: true).");
        Sort("contributors", x => x.Contributors, "By the number of contributing branch-years.");
    }
}
