using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Domain.Provenance;

namespace KenpoGraph.Api.Aggregation;

internal sealed class AggregateFilterInputType : FilterInputType<AggregateFilterInputType, AggregateRow>
{
    /// <summary>Fields whose condition depends on a branch's figures: a branch-limited caller may not filter hidden branches by them.</summary>
    public static readonly IReadOnlySet<string> FigureFields = new HashSet<string>(StringComparer.Ordinal) { "value", "numerator", "denominator" };

    public AggregateFilterInputType() : base("AggregateFilterInput", "Conditions on the branch-level rows `aggregate` adds up (HotChocolate filtering conventions). 集計対象の絞り込み条件。")
    {
        Text("measureCode", x => x.MeasureCode, "Measure code (of those in `measures`).");
        Text("subject", x => x.Subject, "The measure's subject: MEMBERSHIP, MEDICAL_COST, CHECKUP, GUIDANCE, INCENTIVE, PREMIUM, FINANCE.");
        Text("orgUnitCode", x => x.OrgUnitCode, "Branch code 01–47.");
        Text("regionCode", x => x.RegionCode, "The branch's region code in the default grouping.", nullable: true);
        Integer("fiscalYear", x => x.FiscalYear, "Starting western year.");
        Number("value", x => x.Value, "The branch's value (not for branch-limited tokens: it would sort hidden branches by their figures).");
        Number("numerator", x => x.Numerator, "The branch's numerator (Σ value for SUM, value·weight for WEIGHTED_MEAN); not for branch-limited tokens.");
        Number("denominator", x => x.Denominator, "The branch's denominator (weight for WEIGHTED_MEAN; null for SUM); not for branch-limited tokens.");
        Enumeration<QualityType, Quality>("quality", x => x.Quality, "PUBLISHED, DERIVED or DEMO.");
    }
}
