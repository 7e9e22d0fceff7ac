using GraphQL.Types;
using KenpoGraph.Api.Branches;
using KenpoGraph.Api.Documents;
using KenpoGraph.Api.Facts;
using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.Paging;
using KenpoGraph.Api.Plans;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.Sorting;
using KenpoGraph.Api.Warehouse;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Domain.Kpis;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Kpis;

internal sealed class KpiTargetType : ObjectGraphType<KpiTarget>
{
    public KpiTargetType()
    {
        Name = "KpiTarget";
        Description = "A KPI target of one org unit and year as one plan document prints it, with its rule, threshold, result and attainment. KPI目標。";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable code Tnnnn. コード。").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<KpiType>>("kpi").Description("The KPI. KPI。").Resolve(c => c.LoadByKey<Kpi, string>(c.Source.KpiCode, x => x.Code));
        Field<NonNullGraphType<OrgUnitType>>("orgUnit").Description("Whose target (00 = the association). 組織単位。")
            .Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.OrgUnitCode, x => x.Code));
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Description("The fiscal year of the target. 年度。").Resolve(c => c.Source.FiscalYear);
        Field<NonNullGraphType<PlanType>>("plan").Description("The plan document that prints it. 計画文書。")
            .Resolve(c => c.LoadByKey<PlanDocument, string>(c.Source.PlanDocumentCode, x => x.Code));
        Field<PlanNodeType>("planNode").Description("The plan node it is printed under, where the document has a tree. 施策項目。")
            .Resolve(c => c.Source.PlanNodeCode is null ? null : c.LoadByKey<PlanNode, string>(c.Source.PlanNodeCode, x => x.Code));
        Field<ComparatorType>("comparator").Description("以上, 以下 or equal; null for qualitative targets. 比較。").Resolve(c => c.Source.Comparator);
        Field<NonNullGraphType<KpiTargetRuleType>>("rule").Description("Absolute, prior-year, 3-year average … 目標の種類。").Resolve(c => c.Source.Rule);
        Field<ExactDecimalGraphType>("threshold")
            .Description("The number the rule resolves to, in the KPI's unit (65.6 for ≥ 65.6 %): printed, or resolved from results (see thresholdSource); null where neither. 目標値。")
            .Resolve(c => FigureType.Normalised(c.Source.Threshold));
        Field<ThresholdSourceType>("thresholdSource")
            .Description("PRINTED (published) or RESOLVED_FROM_RESULTS (derived at load from the org unit's earlier results); null where there is no threshold. 目標値の出所。")
            .Resolve(c => c.Source.ThresholdSource);
        Field<QualityType>("thresholdQuality").Description("PUBLISHED for a printed threshold, DERIVED for one resolved from results; null without one. 目標値の品質区分。")
            .Resolve(c => c.Source.ThresholdSource switch
            {
                ThresholdSource.Printed => Quality.Published,
                ThresholdSource.ResolvedFromResults => Quality.Derived,
                _ => (Quality?)null,
            });
        Field<ThresholdResolutionType>("thresholdResolution")
            .Description("For PRIOR_YEAR, PRIOR_YEAR_END, AVERAGE_3Y and MAX_PRIOR_OR_AVERAGE_3Y rules: what the org unit's earlier results give, from which rows and years, or why they give nothing; null for other rules. 実績からの目標値の算出。")
            .Resolve(c => c.Source.ThresholdYears is null ? null : c.Source);
        Field<StringGraphType>("printedValue").Description("The target as printed, e.g. 65.6 or 1億3,700万. 印字値。").Resolve(c => c.Source.PrintedValue);
        Field<StringGraphType>("printedUnit").Description("Unit as printed. 印字単位。").Resolve(c => c.Source.PrintedUnit);
        Field<StringGraphType>("asOfDate").Description("For AS_OF_DATE targets, the date (2024-11-30). 基準日。").Resolve(c => c.Source.AsOfDate);
        Field<ExactDecimalGraphType>("plannedNumerator").Description("Planned volume printed with the target, e.g. 180,224 examinees. 計画数（分子）。")
            .Resolve(c => FigureType.Normalised(c.Source.PlannedNumerator));
        Field<ExactDecimalGraphType>("plannedDenominator").Description("Planned base, e.g. 274,731 eligible. 計画数（分母）。")
            .Resolve(c => FigureType.Normalised(c.Source.PlannedDenominator));
        Field<ExactDecimalGraphType>("plannedRate")
            .Description("Planned numerator ÷ denominator in percent, rounded like the threshold (180,224 / 274,731 = 65.6). 計画値から算出した率。")
            .Resolve(c => PlannedRate.Percent(c.Source.PlannedNumerator, c.Source.PlannedDenominator, PlannedRate.DecimalsOf(c.Source.PrintedValue)));
        Field<IntGraphType>("targetBranchCount").Description("For all-branches rules, the printed number of branches. 対象支部数。").Resolve(c => c.Source.TargetBranchCount);
        Field<KpiStatusType>("status").Description("New, changed, ended … as printed. 状態。").Resolve(c => c.Source.Status);
        Field<KpiResultType>("result")
            .Description("The result the same document reports against this target; else the org unit's single full-period result for the KPI and year from another document (see resultFromAnotherDocument). 実績。")
            .Resolve(c => c.Source.ResultCode is null ? null : c.LoadByKey<KpiResult, string>(c.Source.ResultCode, x => x.Code));
        Field<NonNullGraphType<BooleanGraphType>>("resultFromAnotherDocument")
            .Description("True where the result is not linked by this target's document but is the org unit's full-period value for the KPI and year printed elsewhere; its printed mark then stays with that document's target. 他資料の実績。")
            .Resolve(c => c.Source.ResultFromAnotherDocument);
        Field<AttainmentType>("publishedAttainment").Description("Attainment as printed (達成, 概ね達成, 未達成, 〇, ×, －). 公表された達成状況。")
            .Resolve(c => c.Source.PublishedAttainment);
        Field<AttainmentType>("computedAttainment")
            .Description("Attainment computed from the rule where it is mechanical (resolved threshold, full-period result); null otherwise. 算出した達成状況。")
            .Resolve(c => c.Source.ComputedAttainment);
        Field<QualityType>("computedAttainmentQuality")
            .Description("Quality of computedAttainment: DEMO where the result it compares, or a result its threshold was resolved from, is demonstration data; else DERIVED (computed from published figures); null without a computed attainment. 算出した達成状況の品質区分。")
            .ResolveAsync(async c =>
            {
                if (c.Source.ComputedAttainment is null)
                {
                    return null;
                }
                var codes = (c.Source.ThresholdResultCodes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Append(c.Source.ResultCode).OfType<string>().ToArray();
                var qualities = await c.Warehouse().Db.KpiResults.Where(r => codes.Contains(r.Code)).Select(r => r.Quality).ToListAsync(c.CancellationToken);
                return (object?)ComputedQuality.Combined(qualities);
            });
        Field<NonNullGraphType<BooleanGraphType>>("attainmentDisagrees")
            .Description("True where the published mark (this target's, or the mark printed with a result from another document) contradicts the computed one (概ね達成 agrees with a computed miss). 公表と算出の不一致。")
            .Resolve(c => c.Source.AttainmentDisagrees);
        Field<NonNullGraphType<SourceType>>("source").Description("Where the target is printed. 出典。").Resolve(c => c.Source);
    }

}

internal sealed class ThresholdResolutionType : ObjectGraphType<KpiTarget>
{
    public ThresholdResolutionType()
    {
        Name = "ThresholdResolution";
        Description = "What a KPI target's earlier results give for its threshold (DERIVED), computed at load for every result-based rule, printed threshold or not. 実績からの目標値の算出。";
        Field<ExactDecimalGraphType>("threshold").Description("The threshold the results give; null where unresolved (see reason). Compare with the target's printed threshold. 算出した目標値。")
            .Resolve(c => FigureType.Normalised(c.Source.ResolvedThreshold));
        Field<NonNullGraphType<BooleanGraphType>>("resolved").Description("True where the results give a threshold. 算出できたか。").Resolve(c => c.Source.ResolvedThreshold is not null);
        Field<BooleanGraphType>("agreesWithPrinted").Description("For a printed threshold, whether the results give the same number; null where either is missing. 印字値との一致。")
            .Resolve(c => c.Source.ThresholdSource == ThresholdSource.Printed && c.Source.ResolvedThreshold is { } r ? r == c.Source.Threshold : (bool?)null);
        Field<StringGraphType>("reason")
            .Description("Why the results give no threshold, or why it is not used: a result absent, conflicting, on another method version or basis, or a ratio's average of unknown form. 算出できない理由。")
            .Resolve(c => c.Source.ThresholdUnresolvedReason);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("fiscalYears").Description("The fiscal years the rule refers to (the previous year; the three before the target's year). 参照年度。")
            .Resolve(c => c.Source.ThresholdYears!.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("resultCodes").Description("The result rows used or looked at, by code. 参照した実績のコード。")
            .Resolve(c => c.Source.ThresholdResultCodes?.Split(',') ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiResultType>>>>("results").Description("The result rows used or looked at. 参照した実績。")
            .Resolve(c =>
            {
                if (string.IsNullOrEmpty(c.Source.ThresholdResultCodes))
                {
                    return Array.Empty<KpiResult>();
                }
                // Batched: one statement for the result rows of every target on the page, not one per target.
                var warehouse = c.Warehouse();
                return c.Loaders().Get<string, IEnumerable<KpiResult>>("thresholdResults", async (keys, cancellationToken) =>
                {
                    var codes = keys.SelectMany(k => k.Split(',')).Distinct().ToArray();
                    var rows = (await warehouse.Db.KpiResults.Where(r => codes.Contains(r.Code)).ToListAsync(cancellationToken)).ToDictionary(r => r.Code);
                    return keys.ToDictionary(k => k, k => k.Split(',').Where(rows.ContainsKey).Select(code => rows[code])
                        .OrderBy(r => r.Code, StringComparer.Ordinal).AsEnumerable());
                }, missing: []).Load(c.Source.ThresholdResultCodes);
            });
        Field<ExactDecimalGraphType>("priorYearValue").Description("The previous year's result the rule compares with. 前年度の実績。")
            .Resolve(c => FigureType.Normalised(c.Source.ThresholdPriorYearValue));
        Field<ExactDecimalGraphType>("simpleMean3Y").Description("The arithmetic mean of the three years' values, unrounded. 3年度の単純平均。")
            .Resolve(c => FigureType.Normalised(c.Source.ThresholdSimpleMean3Y));
        Field<ExactDecimalGraphType>("pooled3Y").Description("Σ numerators ÷ Σ denominators over the three years (percent for rates), where all are printed. 3年度の分子計÷分母計。")
            .Resolve(c => FigureType.Normalised(c.Source.ThresholdPooled3Y));
        Field<ExactDecimalGraphType>("printedAverage3Y").Description("The 3-year average the source prints for the window (上記3年度の平均値). 印字された3年平均。")
            .Resolve(c => FigureType.Normalised(c.Source.ThresholdPrintedAverage3Y));
        Field<AverageFormType>("averageForm").Description("Which average the threshold uses; null where it uses none. 使用した平均の種類。")
            .Resolve(c => c.Source.ThresholdAverageForm);
    }
}

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
        Field<StringGraphType>("attainmentPhraseJa").Description("A printed result phrase, e.g. 目標達成, 目標には至らなかった; never the difference from the target (targetDifference). 結果の記述。")
            .Resolve(c => c.Source.AttainmentPhraseJa);
        Field<ExactDecimalGraphType>("targetDifference")
            .Description("The printed difference from the target (「目標との差」, 「目標ＫＰＩとの差」: result − target) in targetDifferenceUnit; null where none is printed. 目標との差。")
            .Resolve(c => FigureType.Normalised(c.Source.TargetDifference));
        Field<StringGraphType>("printedTargetDifference").Description("The difference exactly as printed, without unit and brackets (▲0.018). 目標との差（印字）。")
            .Resolve(c => c.Source.PrintedTargetDifference);
        Field<StringGraphType>("targetDifferenceUnit").Description("Unit of the printed difference (％, 社, 円). 目標との差の単位。").Resolve(c => c.Source.TargetDifferenceUnit);
        Field<KpiTargetType>("target").Description("The target this result is reported against. 目標。")
            .Resolve(c => c.Source.TargetCode is null ? null : c.LoadByKey<KpiTarget, string>(c.Source.TargetCode, x => x.Code));
        Field<NonNullGraphType<SourceType>>("source").Description("Where the result is printed. 出典。").Resolve(c => c.Source);
    }
}

internal sealed class KpiTargetFilterInputType : FilterInputType<KpiTargetFilterInputType, KpiTarget>
{
    public KpiTargetFilterInputType() : base("KpiTargetFilterInput", "Conditions on KPI targets (HotChocolate filtering conventions). KPI目標の絞り込み条件。")
    {
        Text("code", x => x.Code, "Target code.");
        Text("orgUnit", x => x.OrgUnitCode, "Org unit code (00 = the association).");
        Integer("fiscalYear", x => x.FiscalYear, "Fiscal year.");
        Text("kpi", x => x.KpiCode, "KPI code, e.g. K-CHECKUP-INSURED.");
        Text("plan", x => x.PlanDocumentCode, "Plan document code.");
        Enumeration<KpiTargetRuleType, KpiTargetRule>("rule", x => x.Rule, "Rule type.");
        Enumeration<AttainmentType, Attainment>("attainment", x => x.PublishedAttainment, "Published attainment (eq: null for targets without one).");
        Enumeration<AttainmentType, Attainment>("computedAttainment", x => x.ComputedAttainment, "Computed attainment.");
        Boolean("attainmentDisagrees", x => x.AttainmentDisagrees, "Published and computed attainment disagree.");
        Boolean("uncertain", x => x.Uncertain, "The row rests on a reading of a garbled table.");
        Enumeration<ThresholdSourceType, ThresholdSource>("thresholdSource", x => x.ThresholdSource, "Where the threshold comes from (eq: null for targets without one).");
    }
}

internal sealed class KpiResultFilterInputType : FilterInputType<KpiResultFilterInputType, KpiResult>
{
    public KpiResultFilterInputType() : base("KpiResultFilterInput", "Conditions on KPI results (HotChocolate filtering conventions). KPI実績の絞り込み条件。")
    {
        Text("code", x => x.Code, "Result code.");
        Text("orgUnit", x => x.OrgUnitCode, "Org unit code (00 = national).");
        Integer("fiscalYear", x => x.FiscalYear, "The year the value belongs to.");
        Integer("dataFiscalYear", x => x.DataFiscalYear, "The year of the underlying data.");
        Text("kpi", x => x.KpiCode, "KPI code, e.g. K-POSTAL-RATE.");
        Text("plan", x => x.PlanDocumentCode, "Plan document code.");
        Text("document", x => x.DocumentCode, "Source document code, e.g. seed-004.");
        Enumeration<KpiResultScopeType, KpiResultScope>("scope", x => x.Scope, "Whose result.");
        Enumeration<KpiPeriodBasisType, KpiPeriodBasis>("periodBasis", x => x.PeriodBasis, "What time the value describes.");
        Enumeration<AttainmentType, Attainment>("attainment", x => x.PublishedAttainment, "The printed mark (eq: null for results without one).");
        Enumeration<QualityType, Quality>("quality", x => x.Quality, "Published, derived or demonstration.");
        Boolean("uncertain", x => x.Uncertain, "The row rests on a reading of a garbled table.");
    }
}

internal sealed class KpiResultSortInputType : SortInputType<KpiResult>
{
    public KpiResultSortInputType() : base("KpiResultSortInput", "Sort order for KPI results (HotChocolate sorting conventions). KPI実績の並び順。")
    {
        Sort("code", x => x.Code, "By code.");
        Sort("fiscalYear", x => x.FiscalYear, "By fiscal year.");
        Sort("orgUnit", x => x.OrgUnitCode, "By org unit.");
        Sort("kpi", x => x.KpiCode, "By KPI code.");
        Sort("value", x => x.Value, "By value (in the KPI's unit; mixed units across KPIs).");
    }
}

internal sealed class KpiTargetSortInputType : SortInputType<KpiTarget>
{
    public KpiTargetSortInputType() : base("KpiTargetSortInput", "Sort order for KPI targets (HotChocolate sorting conventions). KPI目標の並び順。")
    {
        Sort("code", x => x.Code, "By code.");
        Sort("fiscalYear", x => x.FiscalYear, "By fiscal year.");
        Sort("orgUnit", x => x.OrgUnitCode, "By org unit.");
        Sort("kpi", x => x.KpiCode, "By KPI code.");
        Sort("threshold", x => x.Threshold, "By threshold.");
    }
}
