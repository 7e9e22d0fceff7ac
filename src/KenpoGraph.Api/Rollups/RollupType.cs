using GraphQL.Types;
using KenpoGraph.Api.Disclosure;
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
        this.Says("A measure rolled up from branch figures by its rule, with the published figure beside it where the sources print one.", "集計値（公表値との差）。");
        Field(x => x.Level, type: typeof(NonNullGraphType<RollupLevelType>)).Says("BRANCH, REGION or NATIONAL.", "集計レベル。");
        Interface<NodeInterface>();
        this.Id(x => FactRecord.KeyOf(x.Level, x.UnitCode, x.FiscalYear, x.MeasureCode));
        Field(x => x.UnitCode).Says("Branch code, region code, or 00 for the nation.", "単位コード。")
            .DeprecationReason("Use `orgUnitCode` (BRANCH, NATIONAL) or `regionCode` (REGION), named as in `facts` and `observations`.");
        // The names the fact feed uses (Facts/FactType), so rollup, facts and observations read alike.
        Field<StringGraphType>("orgUnitCode").Says("The branch (BRANCH) or 00 (NATIONAL); null for a REGION row.", "組織コード。")
            .Resolve(c => c.Source.Level == RollupLevel.Region ? null : c.Source.UnitCode);
        Field<StringGraphType>("regionCode").Says("The region of a REGION row, or a branch's region in the default grouping; null for NATIONAL.", "地域コード。")
            .Resolve(c => c.Source.Level switch
            {
                RollupLevel.Region => (object?)c.Source.UnitCode,
                RollupLevel.Branch => RegionLoaders.DefaultRegionOf(c, c.Source.UnitCode).Then(r => r?.Code),
                _ => null,
            });
        Field(x => x.MeasureCode).Says("Measure code, e.g. checkup.lifestyle.rate.", "指標コード。");
        Field<NonNullGraphType<StringGraphType>>("subject").Says("Subject of the measure, e.g. CHECKUP.", "分野。")
            .Resolve(c => c.LoadByKey<Measure, string>(c.Source.MeasureCode, x => x.Code).Then(m => m!.Subject));
        Field("grouping", x => x.GroupingCode, nullable: true).Says("Region grouping of a REGION row.", "地域区分。");
        Field<OrgUnitType>("orgUnit").Says("The branch (BRANCH) or the headquarters (NATIONAL); null for a region.", "組織単位。")
            .Resolve(c => c.Source.Level == RollupLevel.Region ? null : c.LoadByKey<OrgUnit, string>(c.Source.UnitCode, x => x.Code));
        Field<RegionType>("region").Says("The region of a REGION row.", "地域ブロック。")
            .Resolve(c => c.Source.Level == RollupLevel.Region ? c.LoadByKey<Region, string>(c.Source.UnitCode, x => x.Code) : null);
        Field(x => x.FiscalYear).Says("Starting western year.", "年度。");
        Field<NonNullGraphType<MeasureType>>("measure").Says("The measure and its rule.", "指標。")
            .Resolve(c => c.LoadByKey<Measure, string>(c.Source.MeasureCode, x => x.Code));
        // Every figure of a REGION or NATIONAL row goes through disclosure control: null when the cell is withheld from the caller.
        Field<ExactDecimalGraphType>("value").Says("The roll-up: Σ for SUM, Σnumerator ÷ Σdenominator (× scale) for RATIO, Σ(value·weight) ÷ Σweight for WEIGHTED_MEAN; null when no branch contributed, or when withheld.", "集計値。")
            .Resolve(c => c.Disclosure().Disclosed(() => c.Source.Value, c.Source));
        Field<ExactDecimalGraphType>("numerator").Says("Σ numerator (RATIO), Σ value·weight (WEIGHTED_MEAN) or Σ value (SUM); null when withheld.", "分子の合計。")
            .Resolve(c => c.Disclosure().Disclosed(() => c.Source.Numerator, c.Source));
        Field<ExactDecimalGraphType>("denominator").Says("Σ denominator (RATIO) or Σ weight (WEIGHTED_MEAN); null for SUM, or when withheld.", "分母の合計。")
            .Resolve(c => c.Disclosure().Disclosed(() => c.Source.Denominator, c.Source));
        Field<NonNullGraphType<BooleanGraphType>>("withheld")
            .Says("True when disclosure control withholds this aggregate from a branch-limited caller: with the branches the token may see it would reveal a hidden branch's value, so value, numerator, denominator and difference are null (docs/partners-and-access.md). Always false for unrestricted callers and BRANCH rows.", "秘匿（開示制御）。")
            .Resolve(c => c.Disclosure().Withheld(c.Source));
        Field<StringGraphType>("withheldCode").Says("DISCLOSURE_WITHHELD when withheld, else null.", "秘匿コード。")
            .Resolve(c => c.Disclosure().WhenWithheld(c.Source, AggregateDisclosure.Code));
        Field<StringGraphType>("withheldReason").Says("Why the figures are withheld, in English; null when they are not.", "秘匿の理由。")
            .Resolve(c => c.Disclosure().WhenWithheld(c.Source, AggregateDisclosure.Reason));
        Field<NonNullGraphType<AggregationRuleType>>("rule").Says("The measure's aggregation rule.", "集計規則。")
            .Resolve(c => c.LoadByKey<Measure, string>(c.Source.MeasureCode, x => x.Code).Then(m => m!.Aggregation));
        Field(x => x.Contributors).Says("Branches whose figures contributed.", "寄与した支部数。");
        Field(x => x.ExpectedContributors).Says("Branches in the unit.", "対象支部数。");
        Field<NonNullGraphType<BooleanGraphType>>("complete").Says("Every branch of the unit contributed.", "全支部が寄与したか。")
            .Resolve(c => c.Source.Contributors == c.Source.ExpectedContributors);
        Field(x => x.Quality, type: typeof(NonNullGraphType<QualityType>)).Says("DEMO when any input is demonstration data; DERIVED when computed from published figures.", "品質区分。");
        Field(x => x.PublishedValue, type: typeof(ExactDecimalGraphType)).Says("The same figure as printed in a source (national figures are the headquarters'), in the base unit.", "公表値。");
        Field<ExactDecimalGraphType>("difference").Says("value − publishedValue; printed figures are rounded, so small differences are expected; null when withheld.", "公表値との差。")
            .Resolve(c => c.Disclosure().Disclosed(() => c.Source.Difference, c.Source));
    }

}
