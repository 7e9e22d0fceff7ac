using GraphQL.Types;
using KenpoGraph.Api.Disclosure;
using KenpoGraph.Api.Documents;
using KenpoGraph.Api.Measures;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Regions;
using KenpoGraph.Api.Rollups;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Facts;

/// <summary>One row of the flat fact feed (<see cref="FactRecord"/>); field names as <c>Observation</c>'s, figures as <c>Rollup</c>'s.</summary>
internal sealed class FactType : ObjectGraphType<FactRecord>
{
    public FactType()
    {
        Name = "Fact";
        this.Says("One measure's value for one unit (branch, region or nation) and fiscal year, by the measure's rule, beside the published figure and with the unit's own loaded figure's " +
            "provenance: the flat feed of every measure at every level.",
            "事実行（全レベル・全指標）。");
        Interface<NodeInterface>();
        this.Id(x => x.Key);
        Field(x => x.Level, type: typeof(NonNullGraphType<RollupLevelType>)).Says("BRANCH, REGION or NATIONAL.", "集計レベル。");
        Field(x => x.OrgUnitCode, nullable: true).Says("The branch (BRANCH) or 00 (NATIONAL); null for a REGION row.", "組織コード。");
        Field<OrgUnitType>("orgUnit").Says("The branch or the headquarters; null for a REGION row.", "組織単位。")
            .Resolve(c => c.Source.OrgUnitCode is { } code ? c.LoadByKey<OrgUnit, string>(code, x => x.Code) : null);
        Field(x => x.RegionCode, nullable: true).Says("The region of a REGION row, or a branch's region in the default grouping; null for NATIONAL.", "地域コード。");
        Field<RegionType>("region").Says("The region regionCode names.", "地域ブロック。")
            .Resolve(c => c.Source.RegionCode is { } code ? c.LoadByKey<Region, string>(code, x => x.Code) : null);
        Field("grouping", x => x.GroupingCode, nullable: true).Says("Region grouping of a REGION row; null otherwise.", "地域区分。");
        Field(x => x.FiscalYear).Says("Starting western year of the fiscal year.", "年度。");
        Field(x => x.MeasureCode).Says("Measure code, e.g. checkup.lifestyle.rate.", "指標コード。");
        Field<NonNullGraphType<MeasureType>>("measure").Says("The measure and its rule.", "指標。")
            .Resolve(c => c.LoadByKey<Measure, string>(c.Source.MeasureCode, x => x.Code));
        Field(x => x.Subject).Says("Subject of the measure, e.g. CHECKUP.", "分野。");
        // The figures exactly as rollup shows them, through the same disclosure control (Api/Disclosure).
        this.AddRollupFigures(x => x.AsRollup());
        Field(x => x.Quality, type: typeof(NonNullGraphType<QualityType>))
            .Says("DEMO when any input is demonstration data; PUBLISHED for a branch's own printed figure; DERIVED when computed from published figures.", "品質区分。");
        Field(x => x.PublishedValue, type: typeof(ExactDecimalGraphType)).Says("The figure as printed for the unit (national figures are the headquarters'), in the base unit.", "公表値。");
        this.AddDifference(x => x.AsRollup());
        Field(x => x.PrintedValue, nullable: true).Says("The unit's own loaded figure as printed (or as generated, for demonstration data); null without one (REGION rows).", "印字値。");
        Field(x => x.PrintedUnit, nullable: true).Says("Unit as printed; null without a loaded figure.", "印字単位。");
        Field(x => x.Basis, type: typeof(ValueBasisType)).Says("What time the loaded figure describes; null without one.", "時点の基準。");
        Field(x => x.DocumentCode, nullable: true).Says("Source document of the loaded figure; null without one.", "出典資料コード。");
        Field<SourceDocumentType>("document").Says("The source document of the loaded figure.", "出典資料。")
            .Resolve(c => c.Source.DocumentCode is { } code ? c.LoadByKey<SourceDocument, string>(code, x => x.Code) : null);
        Field(x => x.Locator, nullable: true).Says("Line or range in the source document.", "出典箇所。");
        Field(x => x.Note, nullable: true).Says("What a reader should know about the loaded figure.", "注記。");
    }

    /// <summary>A BRANCH row is its branch's, a NATIONAL row the headquarters' (visible to all); a REGION row aggregates (the disclosure rule's).</summary>
    public static Visibility.Owner[] OwnersOf(FactRecord fact) => fact.Level == RollupLevel.Region ? [] : [Visibility.Owner.OrgUnit(fact.UnitCode)];
}
