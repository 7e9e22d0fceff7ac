using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.Sorting;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.FiscalYears;

internal sealed class FiscalYearFilterInputType : FilterInputType<FiscalYearFilterInputType, FiscalYearRow>
{
    public FiscalYearFilterInputType() : base("FiscalYearFilterInput", "Conditions on fiscal years (HotChocolate filtering conventions). 年度の絞り込み条件。")
    {
        Integer("year", x => x.Year, "Starting western year.");
        Text("warekiLabel", x => x.WarekiLabel, "和暦 label.");
        Date("startsOn", x => x.StartsOn, "First day (1 April).");
        Date("endsOn", x => x.EndsOn, "Last day (31 March of the next year).");
    }
}

internal sealed class FiscalYearSortInputType : SortInputType<FiscalYearRow>
{
    public FiscalYearSortInputType() : base("FiscalYearSortInput", "Sort order for fiscal years. 年度の並び順。")
    {
        Sort("year", x => x.Year, "By year.");
        Sort("startsOn", x => x.StartsOn, "By first day.");
    }
}
