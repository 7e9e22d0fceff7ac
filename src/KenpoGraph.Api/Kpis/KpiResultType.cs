using GraphQL.Types;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Facts;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Kpis;

internal sealed class KpiResultType : ObjectGraphType<KpiResult>
{
    public KpiResultType()
    {
        Name = "KpiResult";
        this.Says("A KPI value of one org unit and year, with numerator and denominator where printed and the printed attainment.", "KPI実績。");
        Interface<NodeInterface>();
        this.Id(x => x.Code);
        Field(x => x.Code).Says("Stable code Rnnnn.", "コード。");
        Field<NonNullGraphType<KpiType>>("kpi").Says("The KPI.", "KPI。").Resolve(c => c.LoadByKey<Kpi, string>(c.Source.KpiCode, x => x.Code));
        Field<NonNullGraphType<OrgUnitType>>("orgUnit").Says("Whose result (00 = national).", "組織単位。")
            .Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.OrgUnitCode, x => x.Code));
        Field(x => x.Scope, type: typeof(NonNullGraphType<KpiResultScopeType>)).Says("National, branch, headquarters only, branches total.", "範囲。");
        Field(x => x.FiscalYear).Says("The year the value belongs to.", "年度。");
        Field(x => x.DataFiscalYear).Says("The year of the underlying data (differs for a rank reported a year later).", "データ年度。");
        Field(x => x.PeriodBasis, type: typeof(NonNullGraphType<KpiPeriodBasisType>)).Says("Whole year, year end, as of a date …", "期間の基準。");
        Field(x => x.PeriodFrom, nullable: true).Says("First year of a 3-year average.", "平均の開始年度。");
        Field(x => x.AsOf, nullable: true).Says("Date or month of a dated or year-to-date value (2024-11-30, 2025-02).", "時点。");
        Field(x => x.Value, type: typeof(ExactDecimalGraphType)).Says("The printed number in the KPI's unit; null for a qualitative result.", "値。");
        Field(x => x.PrintedValue, nullable: true).Says("As printed, e.g. 19.10 or 実施済.", "印字値。");
        Field(x => x.PrintedUnit, nullable: true).Says("Unit as printed.", "印字単位。");
        Field(x => x.Numerator, type: typeof(ExactDecimalGraphType)).Says("Numerator where printed (89 of 836 contracts).", "分子。");
        Field(x => x.Denominator, type: typeof(ExactDecimalGraphType)).Says("Denominator where printed.", "分母。");
        Field(x => x.PrintedAttainment, nullable: true).Says("The attainment mark exactly as printed.", "印字された達成状況。");
        Field("attainment", x => x.PublishedAttainment, type: typeof(AttainmentType)).Says("The printed mark as a code.", "達成状況。");
        Field(x => x.AttainmentGroup, nullable: true).Says("Rows sharing a group carry one printed mark (a composite KPI).", "評価単位。");
        Field(x => x.AttainmentPhraseJa, nullable: true).Says("A printed result phrase, e.g. 目標達成, 目標には至らなかった; never the difference from the target (targetDifference).", "結果の記述。");
        Field(x => x.TargetDifference, type: typeof(ExactDecimalGraphType))
            .Says("The printed difference from the target (「目標との差」, 「目標ＫＰＩとの差」: result − target) in targetDifferenceUnit; null where none is printed.", "目標との差。");
        Field(x => x.PrintedTargetDifference, nullable: true).Says("The difference exactly as printed, without unit and brackets (▲0.018).", "目標との差（印字）。");
        Field(x => x.TargetDifferenceUnit, nullable: true).Says("Unit of the printed difference (％, 社, 円).", "目標との差の単位。");
        Field<KpiTargetType>("target").Says("The target this result is reported against.", "目標。")
            .Resolve(c => c.Source.TargetCode is null ? null : c.LoadByKey<KpiTarget, string>(c.Source.TargetCode, x => x.Code));
        Field<NonNullGraphType<SourceType>>("source").Says("Where the result is printed.", "出典。").Resolve(c => c.Source);
    }
}
