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
        Description = "A KPI value of one org unit and year, with numerator and denominator where printed and the printed attainment. KPI実績。";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable code Rnnnn. コード。").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<KpiType>>("kpi").Description("The KPI. KPI。").Resolve(c => c.LoadByKey<Kpi, string>(c.Source.KpiCode, x => x.Code));
        Field<NonNullGraphType<OrgUnitType>>("orgUnit").Description("Whose result (00 = national). 組織単位。")
            .Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.OrgUnitCode, x => x.Code));
        Field<NonNullGraphType<KpiResultScopeType>>("scope").Description("National, branch, headquarters only, branches total. 範囲。").Resolve(c => c.Source.Scope);
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Description("The year the value belongs to. 年度。").Resolve(c => c.Source.FiscalYear);
        Field<NonNullGraphType<IntGraphType>>("dataFiscalYear").Description("The year of the underlying data (differs for a rank reported a year later). データ年度。")
            .Resolve(c => c.Source.DataFiscalYear);
        Field<NonNullGraphType<KpiPeriodBasisType>>("periodBasis").Description("Whole year, year end, as of a date … 期間の基準。").Resolve(c => c.Source.PeriodBasis);
        Field<IntGraphType>("periodFrom").Description("First year of a 3-year average. 平均の開始年度。").Resolve(c => c.Source.PeriodFrom);
        Field<StringGraphType>("asOf").Description("Date or month of a dated or year-to-date value (2024-11-30, 2025-02). 時点。").Resolve(c => c.Source.AsOf);
        Field<ExactDecimalGraphType>("value").Description("The printed number in the KPI's unit; null for a qualitative result. 値。")
            .Resolve(c => FigureType.Normalised(c.Source.Value));
        Field<StringGraphType>("printedValue").Description("As printed, e.g. 19.10 or 実施済. 印字値。").Resolve(c => c.Source.PrintedValue);
        Field<StringGraphType>("printedUnit").Description("Unit as printed. 印字単位。").Resolve(c => c.Source.PrintedUnit);
        Field<ExactDecimalGraphType>("numerator").Description("Numerator where printed (89 of 836 contracts). 分子。").Resolve(c => FigureType.Normalised(c.Source.Numerator));
        Field<ExactDecimalGraphType>("denominator").Description("Denominator where printed. 分母。").Resolve(c => FigureType.Normalised(c.Source.Denominator));
        Field<StringGraphType>("printedAttainment").Description("The attainment mark exactly as printed. 印字された達成状況。").Resolve(c => c.Source.PrintedAttainment);
        Field<AttainmentType>("attainment").Description("The printed mark as a code. 達成状況。").Resolve(c => c.Source.PublishedAttainment);
        Field<StringGraphType>("attainmentGroup").Description("Rows sharing a group carry one printed mark (a composite KPI). 評価単位。").Resolve(c => c.Source.AttainmentGroup);
        Field<StringGraphType>("attainmentPhraseJa").Description("A printed result phrase, e.g. 目標未達成. 結果の記述。").Resolve(c => c.Source.AttainmentPhraseJa);
        Field<KpiTargetType>("target").Description("The target this result is reported against. 目標。")
            .Resolve(c => c.Source.TargetCode is null ? null : c.LoadByKey<KpiTarget, string>(c.Source.TargetCode, x => x.Code));
        Field<NonNullGraphType<SourceType>>("source").Description("Where the result is printed. 出典。").Resolve(c => c.Source);
    }
}
