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
        Integer("expectedContributors", x => x.ExpectedContributors, "Branches in the unit.");
        Number("value", x => x.Value, "The rolled-up value (eq: null where no branch contributed or a denominator is zero).");
        Number("numerator", x => x.Numerator, "Σ numerator (or Σ value, Σ value·weight).");
        Number("denominator", x => x.Denominator, "Σ denominator (or Σ weight); null for sums.");
        Number("publishedValue", x => x.PublishedValue, "The figure the source prints for the unit, where it prints one.");
        Number("difference", x => x.Difference, "Computed minus published value.");
        Object<Measures.MeasureFilterInputType, Measure>("measure", db => x => db.Measures.Where(m => m.Code == x.MeasureCode), "The measure rolled up.");
        Enumeration<Provenance.QualityType, Quality>("quality", x => x.Quality, "DEMO, DERIVED or PUBLISHED.");
    }
}
