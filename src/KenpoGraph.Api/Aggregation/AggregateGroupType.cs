using GraphQL.Types;
using KenpoGraph.Api.Disclosure;
using KenpoGraph.Api.Facts;
using KenpoGraph.Api.Measures;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Regions;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Aggregation;

internal sealed class AggregateGroupType : ObjectGraphType<AggregateGroup>
{
    public AggregateGroupType()
    {
        Name = "AggregateGroup";
        this.Says("One group of an ad-hoc aggregate for one measure: its keys, its value by the measure's rule from the branch-level rows, and how complete it is.",
            "集計グループ。");
        Field(x => x.MeasureCode).Says("The measure aggregated.", "指標コード。");
        Field<NonNullGraphType<MeasureType>>("measure").Says("The measure and its rule.", "指標。")
            .Resolve(c => c.LoadByKey<Measure, string>(c.Source.MeasureCode, x => x.Code));
        Field(x => x.FiscalYear, nullable: true).Says("The fiscal year (grouped by FISCAL_YEAR), else null.", "年度。");
        Field(x => x.OrgUnitCode, nullable: true).Says("The branch (grouped by ORG_UNIT), else null.", "支部コード。");
        Field<OrgUnitType>("orgUnit").Says("The branch (grouped by ORG_UNIT), else null.", "支部。")
            .Resolve(c => c.Source.OrgUnitCode is { } code ? c.LoadByKey<OrgUnit, string>(code, x => x.Code) : null);
        Field(x => x.OrgUnitKind, type: typeof(OrgUnitKindType)).Says("The org unit kind (grouped by ORG_UNIT_KIND), else null.", "組織種別。");
        Field("grouping", x => x.GroupingCode, nullable: true).Says("The region grouping (grouped by REGION), else null.", "地域区分。");
        Field(x => x.RegionCode, nullable: true).Says("The region (grouped by REGION), else null.", "地域コード。");
        Field<RegionType>("region").Says("The region (grouped by REGION), else null.", "地域ブロック。")
            .Resolve(c => c.Source.RegionCode is { } code ? c.LoadByKey<Region, string>(code, x => x.Code) : null);
        Field(x => x.Subject, nullable: true).Says("The measure's subject (grouped by SUBJECT), else null.", "分野。");
        Field("qualityKey", x => x.QualityKey, type: typeof(QualityType)).Says("The branch rows' quality (grouped by QUALITY), else null.", "品質区分（軸）。");
        Field(x => x.GroupCode, nullable: true).Says("The client-defined group (grouped by GROUP), else null.", "任意グループ。");

        Field("value", x => x.Value, type: typeof(ExactDecimalGraphType))
            .Says("The group's value by the measure's rule: Σ for SUM, Σnumerator ÷ Σdenominator (× scale) for RATIO, Σ(value·weight) ÷ Σweight for WEIGHTED_MEAN, never a mean of rates; a " +
                "group of one branch-year is that branch's own figure. Null when nothing contributed, a denominator is zero, or when withheld.",
                "集計値。");
        Field("numerator", x => x.Numerator, type: typeof(ExactDecimalGraphType)).Says("Σ numerator (RATIO), Σ value·weight (WEIGHTED_MEAN) or Σ value (SUM); null when withheld.", "分子の合計。");
        Field("denominator", x => x.Denominator, type: typeof(ExactDecimalGraphType)).Says("Σ denominator (RATIO) or Σ weight (WEIGHTED_MEAN); null for SUM, or when withheld.", "分母の合計。");
        Field(x => x.Count).Says("Branch-level rows (branch-years) in the group, contributing or not.", "行数。");
        Field(x => x.Contributors).Says("Branch-years whose figures were added up.", "寄与した支部・年度の数。");
        Field(x => x.ExpectedContributors)
            .Says("Branch-years the group spans: the branches its org-unit keys (branch, region, custom group; all branches without one) name, times its fiscal years. The `where` filter " +
                "does not reduce it.", "対象の支部・年度の数。");
        Field(x => x.Complete).Says("contributors = expectedContributors.", "全支部が寄与したか。");
        Field(x => x.Quality, type: typeof(NonNullGraphType<QualityType>))
            .Says("DEMO when any input is demonstration data; DERIVED when computed from published figures; a one-row group keeps its row's quality.", "品質区分。");
        Field("min", x => x.Min, type: typeof(ExactDecimalGraphType))
            .Says("The smallest branch value (each contributing branch-year's own value) of a group of two or more; null otherwise, and for a branch-limited token unless it sees every " +
                "contributor.", "支部値の最小。");
        Field("max", x => x.Max, type: typeof(ExactDecimalGraphType)).Says("The largest branch value; null as for min.", "支部値の最大。");
        Field("mean", x => x.Mean, type: typeof(ExactDecimalGraphType))
            .Says("The unweighted mean of the branch values (each contributing branch-year counted once): descriptive only, not the group's value (for a rate it is a mean of rates); null as for min.",
                "支部値の単純平均（参考）。");
        Field(x => x.Withheld)
            .Says("True when disclosure control withholds the group from a branch-limited token: value, numerator, denominator, min, max, mean and change are null (docs/bi-developers.md " +
                "\"Ad-hoc aggregation\"). Always false for unrestricted callers.", "秘匿（開示制御）。");
        Field<StringGraphType>("withheldCode").Says("DISCLOSURE_WITHHELD when withheld, else null.", "秘匿コード。")
            .Resolve(c => c.Source.Withheld ? AggregateDisclosure.Code : null);
        Field<StringGraphType>("withheldReason").Says("Why the figures are withheld, in English; null when they are not.", "秘匿の理由。")
            .Resolve(c => c.Source.Withheld ? AggregateDisclosure.Reason : null);

        Field("previousValue", x => x.Previous == null ? null : x.Previous.Value, type: typeof(ExactDecimalGraphType))
            .Says("With yearOverYear: the value of the same branches one fiscal year earlier, by the same rule; null without it, or when withheld.", "前年度値。");
        Field("previousContributors", x => x.Previous == null ? (int?)null : x.Previous.Contributors, nullable: true)
            .Says("With yearOverYear: branch-years that contributed to previousValue.", "前年度の寄与数。");
        Field("previousQuality", x => x.Previous == null ? null : x.Previous.Quality, type: typeof(QualityType))
            .Says("Quality of previousValue; null without one.", "前年度値の品質区分。");
        Field("change", x => x.Change, type: typeof(ExactDecimalGraphType)).Says("value − previousValue; null when either is missing or withheld.", "前年度差。");
        Field("changeRate", x => x.ChangeRate, type: typeof(ExactDecimalGraphType))
            .Says("Change in percent of previousValue; null when either is missing or withheld, or previousValue is zero.", "前年度比（％）。");
        Field("changeQuality", x => x.ChangeQuality, type: typeof(QualityType))
            .Says("Quality of change and changeRate: DEMO when either year's value is demonstration data, else DERIVED; null without a change.", "前年度差の品質区分。");
    }
}
