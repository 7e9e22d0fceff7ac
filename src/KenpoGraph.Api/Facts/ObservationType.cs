using GraphQL.Types;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Documents;
using KenpoGraph.Api.Measures;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Regions;
using KenpoGraph.Api.Rollups;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Facts;

internal sealed class ObservationType : ObjectGraphType<ObservationRecord>
{
    public ObservationType()
    {
        Name = "Observation";
        this.Says("One figure of one measure for one org unit and fiscal year, flat, with its provenance.", "観測値（1行1数値）。");
        Interface<NodeInterface>();
        this.Id(x => FactNodes.ObservationKey(x.OrgUnitCode, x.FiscalYear, x.MeasureCode));
        Field(x => x.OrgUnitCode).Says("Org unit code (00 = national figure).", "組織コード。");
        // The level as the fact feed names it (Facts/FactType): a branch's figure, or the headquarters' national one.
        Field<NonNullGraphType<RollupLevelType>>("level").Says("BRANCH for a branch's figure, NATIONAL for the headquarters' (00).", "集計レベル。")
            .Resolve(c => c.Source.OrgUnitCode == Domain.Organisation.OrgUnitCode.HeadquartersCode ? RollupLevel.National : RollupLevel.Branch);
        Field(x => x.RegionCode, nullable: true).Says("Region of the branch in the default grouping; null for the headquarters.", "地域コード。");
        Field<RegionType>("region").Says("The region regionCode names, as on the fact feed's rows.", "地域ブロック。")
            .Resolve(c => c.Source.RegionCode is { } code ? c.LoadByKey<Region, string>(code, x => x.Code) : null);
        Field(x => x.FiscalYear).Says("Starting western year of the fiscal year.", "年度。");
        Field(x => x.MeasureCode).Says("Measure code, e.g. membership.insured.", "指標コード。");
        Field(x => x.Subject).Says("Subject of the measure, e.g. CHECKUP.", "分野。");
        Field(x => x.Value, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Says("Value in the measure's base unit.", "値。");
        Field(x => x.PrintedValue).Says("As printed in the source (or as generated, for demonstration data).", "印字値。");
        Field(x => x.PrintedUnit).Says("Unit as printed.", "印字単位。");
        Field(x => x.Basis, type: typeof(NonNullGraphType<ValueBasisType>)).Says("What time the figure describes.", "時点の基準。");
        Field(x => x.Quality, type: typeof(NonNullGraphType<QualityType>)).Says("Published, derived or demonstration data.", "品質区分。");
        Field(x => x.DocumentCode).Says("Source document code.", "出典資料コード。");
        Field(x => x.Locator).Says("Line or range in the source document.", "出典箇所。");
        Field(x => x.Note, nullable: true).Says("What a reader should know about the figure.", "注記。");
        Field<NonNullGraphType<MeasureType>>("measure").Says("The measure.", "指標。")
            .Resolve(c => c.LoadByKey<Measure, string>(c.Source.MeasureCode, x => x.Code));
        Field<NonNullGraphType<OrgUnitType>>("orgUnit").Says("The org unit.", "組織単位。")
            .Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.OrgUnitCode, x => x.Code));
        Field<NonNullGraphType<SourceDocumentType>>("document").Says("The source document.", "出典資料。")
            .Resolve(c => c.LoadByKey<SourceDocument, string>(c.Source.DocumentCode, x => x.Code));
    }
}
