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
        this.AddRollupFigures(x => x);
        Field(x => x.Quality, type: typeof(NonNullGraphType<QualityType>)).Says("DEMO when any input is demonstration data; DERIVED when computed from published figures.", "品質区分。");
        Field(x => x.PublishedValue, type: typeof(ExactDecimalGraphType)).Says("The same figure as printed in a source (national figures are the headquarters'), in the base unit.", "公表値。");
        this.AddDifference(x => x);
    }

}
