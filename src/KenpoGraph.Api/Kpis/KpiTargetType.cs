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
        this.Says("A KPI target of one org unit and year as one plan document prints it, with its rule, threshold, result and attainment.", "KPI目標。");
        Interface<NodeInterface>();
        this.Id(x => x.Code);
        Field(x => x.Code).Says("Stable code Tnnnn.", "コード。");
        Field<NonNullGraphType<KpiType>>("kpi").Says("The KPI.", "KPI。").Resolve(c => c.LoadByKey<Kpi, string>(c.Source.KpiCode, x => x.Code));
        Field<NonNullGraphType<OrgUnitType>>("orgUnit").Says("Whose target (00 = the association).", "組織単位。")
            .Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.OrgUnitCode, x => x.Code));
        Field(x => x.FiscalYear).Says("The fiscal year of the target.", "年度。");
        Field<NonNullGraphType<PlanType>>("plan").Says("The plan document that prints it.", "計画文書。")
            .Resolve(c => c.LoadByKey<PlanDocument, string>(c.Source.PlanDocumentCode, x => x.Code));
        Field<PlanNodeType>("planNode").Says("The plan node it is printed under, where the document has a tree.", "施策項目。")
            .Resolve(c => c.Source.PlanNodeCode is null ? null : c.LoadByKey<PlanNode, string>(c.Source.PlanNodeCode, x => x.Code));
        Field(x => x.Comparator, type: typeof(ComparatorType)).Says("以上, 以下 or equal; null for qualitative targets.", "比較。");
        Field(x => x.Rule, type: typeof(NonNullGraphType<KpiTargetRuleType>)).Says("Absolute, prior-year, 3-year average …", "目標の種類。");
        Field(x => x.Threshold, type: typeof(ExactDecimalGraphType))
            .Says("The number the rule resolves to, in the KPI's unit (65.6 for ≥ 65.6 %): printed, or resolved from results (see thresholdSource); null where neither.", "目標値。");
        Field(x => x.ThresholdSource, type: typeof(ThresholdSourceType))
            .Says("PRINTED (published) or RESOLVED_FROM_RESULTS (derived at load from the org unit's earlier results); null where there is no threshold.", "目標値の出所。");
        Field<QualityType>("thresholdQuality").Says("PUBLISHED for a printed threshold, DERIVED for one resolved from results; null without one.", "目標値の品質区分。")
            .Resolve(c => c.Source.ThresholdSource switch
            {
                ThresholdSource.Printed => Quality.Published,
                ThresholdSource.ResolvedFromResults => Quality.Derived,
                _ => (Quality?)null,
            });
        Field<ThresholdResolutionType>("thresholdResolution")
            .Says("For PRIOR_YEAR, PRIOR_YEAR_END, AVERAGE_3Y and MAX_PRIOR_OR_AVERAGE_3Y rules: what the org unit's earlier results give, from which rows and years, or why they give " +
                "nothing; null for other rules.", "実績からの目標値の算出。")
            .Resolve(c => c.Source.ThresholdYears is null ? null : c.Source);
        Field(x => x.PrintedValue, nullable: true).Says("The target as printed, e.g. 65.6 or 1億3,700万.", "印字値。");
        Field(x => x.PrintedUnit, nullable: true).Says("Unit as printed.", "印字単位。");
        Field(x => x.AsOfDate, nullable: true).Says("For AS_OF_DATE targets, the date (2024-11-30).", "基準日。");
        Field(x => x.PlannedNumerator, type: typeof(ExactDecimalGraphType)).Says("Planned volume printed with the target, e.g. 180,224 examinees.", "計画数（分子）。");
        Field(x => x.PlannedDenominator, type: typeof(ExactDecimalGraphType)).Says("Planned base, e.g. 274,731 eligible.", "計画数（分母）。");
        Field<ExactDecimalGraphType>("plannedRate")
            .Says("Planned numerator ÷ denominator in percent, rounded like the threshold (180,224 / 274,731 = 65.6).", "計画値から算出した率。")
            .Resolve(c => PlannedRate.Percent(c.Source.PlannedNumerator, c.Source.PlannedDenominator, PlannedRate.DecimalsOf(c.Source.PrintedValue)));
        Field(x => x.TargetBranchCount, nullable: true).Says("For all-branches rules, the printed number of branches.", "対象支部数。");
        Field(x => x.Status, type: typeof(KpiStatusType)).Says("New, changed, ended … as printed.", "状態。");
        Field<KpiResultType>("result")
            .Says("The result the same document reports against this target; else the org unit's single full-period result for the KPI and year from another document (see " +
                "resultFromAnotherDocument).", "実績。")
            .Resolve(c => c.Source.ResultCode is null ? null : c.LoadByKey<KpiResult, string>(c.Source.ResultCode, x => x.Code));
        Field(x => x.ResultFromAnotherDocument)
            .Says("True where the result is not linked by this target's document but is the org unit's full-period value for the KPI and year printed elsewhere; its printed mark then stays " +
                "with that document's target.", "他資料の実績。");
        Field(x => x.PublishedAttainment, type: typeof(AttainmentType)).Says("Attainment as printed (達成, 概ね達成, 未達成, 〇, ×, －).", "公表された達成状況。");
        Field(x => x.ComputedAttainment, type: typeof(AttainmentType))
            .Says("Attainment computed from the rule where it is mechanical (resolved threshold, full-period result); null otherwise.", "算出した達成状況。");
        Field<QualityType>("computedAttainmentQuality")
            .Says("Quality of computedAttainment: DEMO where the result it compares is demonstration data, else DERIVED (computed from published figures); null without a computed " +
                "attainment.", "算出した達成状況の品質区分。")
            .Resolve(c => c.Source.ComputedAttainment is null || c.Source.ResultCode is null
                ? null
                : c.LoadByKey<KpiResult, string>(c.Source.ResultCode, x => x.Code).Then(result => result is null ? (Quality?)null : ComputedQuality.Combined(result.Quality)));
        Field(x => x.AttainmentDisagrees)
            .Says("True where the published mark (this target's, or the mark printed with a result from another document) contradicts the computed one (概ね達成 agrees with a computed miss).",
                "公表と算出の不一致。");
        Field<NonNullGraphType<SourceType>>("source").Says("Where the target is printed.", "出典。").Resolve(c => c.Source);
    }

}
