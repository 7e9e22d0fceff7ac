using KenpoGraph.Api.Filtering;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Rollups;

internal sealed class RollupFilterInputType : FilterInputType<RollupFilterInputType, Rollup>
{
    public RollupFilterInputType() : base("RollupFilterInput", "Conditions on roll-up rows (HotChocolate filtering conventions). 集計の絞り込み条件。")
    {
        Text("unitCode", x => x.UnitCode, "Branch code, region code, or 00.");
        Integer("fiscalYear", x => x.FiscalYear, "Starting western year.");
        Integer("contributors", x => x.Contributors, "Branches that contributed.");
        Enumeration<Provenance.QualityType, Quality>("quality", x => x.Quality, "DEMO, DERIVED or PUBLISHED.");
    }
}
