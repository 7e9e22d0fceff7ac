using GraphQL.Types;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Documents;
using KenpoGraph.Api.Measures;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Facts;

internal sealed class ObservationType : ObjectGraphType<ObservationRecord>
{
    public ObservationType()
    {
        Name = "Observation";
        Description = "One figure of one measure for one org unit and fiscal year, flat, with its provenance. 観測値（1行1数値）。";
        Field<NonNullGraphType<StringGraphType>>("orgUnitCode").Description("Org unit code (00 = national figure). 組織コード。").Resolve(c => c.Source.OrgUnitCode);
        Field<StringGraphType>("regionCode").Description("Region of the branch in the default grouping; null for the headquarters. 地域コード。").Resolve(c => c.Source.RegionCode);
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Description("Starting western year of the fiscal year. 年度。").Resolve(c => c.Source.FiscalYear);
        Field<NonNullGraphType<StringGraphType>>("measureCode").Description("Measure code, e.g. membership.insured. 指標コード。").Resolve(c => c.Source.MeasureCode);
        Field<NonNullGraphType<StringGraphType>>("subject").Description("Subject of the measure, e.g. CHECKUP. 分野。").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<ExactDecimalGraphType>>("value").Description("Value in the measure's base unit. 値。").Resolve(c => FigureType.Normalised(c.Source.Value));
        Field<NonNullGraphType<StringGraphType>>("printedValue").Description("As printed in the source (or as generated, for demonstration data). 印字値。").Resolve(c => c.Source.PrintedValue);
        Field<NonNullGraphType<StringGraphType>>("printedUnit").Description("Unit as printed. 印字単位。").Resolve(c => c.Source.PrintedUnit);
        Field<NonNullGraphType<ValueBasisType>>("basis").Description("What time the figure describes. 時点の基準。").Resolve(c => c.Source.Basis);
        Field<NonNullGraphType<QualityType>>("quality").Description("Published, derived or demonstration data. 品質区分。").Resolve(c => c.Source.Quality);
        Field<NonNullGraphType<StringGraphType>>("documentCode").Description("Source document code. 出典資料コード。").Resolve(c => c.Source.DocumentCode);
        Field<NonNullGraphType<StringGraphType>>("locator").Description("Line or range in the source document. 出典箇所。").Resolve(c => c.Source.Locator);
        Field<StringGraphType>("note").Description("What a reader should know about the figure. 注記。").Resolve(c => c.Source.Note);
        Field<NonNullGraphType<MeasureType>>("measure").Description("The measure. 指標。")
            .Resolve(c => c.LoadByKey<Measure, string>(c.Source.MeasureCode, x => x.Code));
        Field<NonNullGraphType<OrgUnitType>>("orgUnit").Description("The org unit. 組織単位。")
            .Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.OrgUnitCode, x => x.Code));
        Field<NonNullGraphType<SourceDocumentType>>("document").Description("The source document. 出典資料。")
            .Resolve(c => c.LoadByKey<SourceDocument, string>(c.Source.DocumentCode, x => x.Code));
    }
}
