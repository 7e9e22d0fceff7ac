using GraphQL.Types;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Facts;
using KenpoGraph.Api.Measures;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Regions;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Rollups;

internal sealed class RollupType : ObjectGraphType<Rollup>
{
    public RollupType()
    {
        Name = "Rollup";
        Description = "A measure rolled up from branch figures by its rule, with the published figure beside it where the sources print one. 集計値（公表値との差）。";
        Field<NonNullGraphType<RollupLevelType>>("level").Description("BRANCH, REGION or NATIONAL. 集計レベル。").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<StringGraphType>>("unitCode").Description("Branch code, region code, or 00 for the nation. 単位コード。").Resolve(c => c.Source.UnitCode);
        Field<StringGraphType>("grouping").Description("Region grouping of a REGION row. 地域区分。").Resolve(c => c.Source.GroupingCode);
        Field<OrgUnitType>("orgUnit").Description("The branch (BRANCH) or the headquarters (NATIONAL); null for a region. 組織単位。")
            .Resolve(c => c.Source.Level == RollupLevel.Region ? null : c.LoadByKey<OrgUnit, string>(c.Source.UnitCode, x => x.Code));
        Field<RegionType>("region").Description("The region of a REGION row. 地域ブロック。")
            .Resolve(c => c.Source.Level == RollupLevel.Region ? c.LoadByKey<Region, string>(c.Source.UnitCode, x => x.Code) : null);
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Description("Starting western year. 年度。").Resolve(c => c.Source.FiscalYear);
        Field<NonNullGraphType<MeasureType>>("measure").Description("The measure and its rule. 指標。")
            .Resolve(c => c.LoadByKey<Measure, string>(c.Source.MeasureCode, x => x.Code));
        Field<ExactDecimalGraphType>("value").Description("The roll-up: Σ for SUM, Σnumerator ÷ Σdenominator (× scale) for RATIO, Σ(value·weight) ÷ Σweight for WEIGHTED_MEAN; null when no branch contributed. 集計値。")
            .Resolve(c => FigureType.Normalised(c.Source.Value));
        Field<ExactDecimalGraphType>("numerator").Description("Σ numerator (RATIO), Σ value·weight (WEIGHTED_MEAN) or Σ value (SUM). 分子の合計。")
            .Resolve(c => FigureType.Normalised(c.Source.Numerator));
        Field<ExactDecimalGraphType>("denominator").Description("Σ denominator (RATIO) or Σ weight (WEIGHTED_MEAN); null for SUM. 分母の合計。")
            .Resolve(c => FigureType.Normalised(c.Source.Denominator));
        Field<NonNullGraphType<AggregationRuleType>>("rule").Description("The measure's aggregation rule. 集計規則。")
            .Resolve(c => c.LoadByKey<Measure, string>(c.Source.MeasureCode, x => x.Code).Then(m => m!.Aggregation));
        Field<NonNullGraphType<IntGraphType>>("contributors").Description("Branches whose figures contributed. 寄与した支部数。").Resolve(c => c.Source.Contributors);
        Field<NonNullGraphType<IntGraphType>>("expectedContributors").Description("Branches in the unit. 対象支部数。").Resolve(c => c.Source.ExpectedContributors);
        Field<NonNullGraphType<BooleanGraphType>>("complete").Description("Every branch of the unit contributed. 全支部が寄与したか。")
            .Resolve(c => c.Source.Contributors == c.Source.ExpectedContributors);
        Field<NonNullGraphType<QualityType>>("quality").Description("DEMO when any input is demonstration data; DERIVED when computed from published figures. 品質区分。").Resolve(c => c.Source.Quality);
        Field<ExactDecimalGraphType>("publishedValue").Description("The same figure as printed in a source (national figures are the headquarters'), in the base unit. 公表値。")
            .Resolve(c => FigureType.Normalised(c.Source.PublishedValue));
        Field<ExactDecimalGraphType>("difference").Description("value − publishedValue; printed figures are rounded, so small differences are expected. 公表値との差。")
            .Resolve(c => FigureType.Normalised(c.Source.Difference));
    }

}
