using GraphQL.Types;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Facts;
using KenpoGraph.Api.Plans;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Domain.Kpis;
using KenpoGraph.Warehouse.Model;

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
        Field<NonNullGraphType<BooleanGraphType>>("attainmentDisagrees")
            .Description("True where the published mark (this target's, or the mark printed with a result from another document) contradicts the computed one (概ね達成 agrees with a computed miss). 公表と算出の不一致。")
            .Resolve(c => c.Source.AttainmentDisagrees);
        Field<NonNullGraphType<SourceType>>("source").Description("Where the target is printed. 出典。").Resolve(c => c.Source);
    }

}
