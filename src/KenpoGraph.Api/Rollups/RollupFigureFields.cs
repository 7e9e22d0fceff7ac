using GraphQL.Types;
using KenpoGraph.Api.Disclosure;
using KenpoGraph.Api.Measures;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Rollups;

/// <summary>
/// The figures of a roll-up row as every type that shows one declares them (Rollup, and the fact feed's Fact): value,
/// numerator and denominator through disclosure control, whether and why they are withheld, the rule and the contributors.
/// </summary>
internal static class RollupFigureFields
{
    public static void AddRollupFigures<T>(this ObjectGraphType<T> type, Func<T, Rollup> rowOf)
    {
        // Every figure of a REGION or NATIONAL row goes through disclosure control: null when the cell is withheld from the caller.
        type.Field<ExactDecimalGraphType>("value")
            .Says("The roll-up: Σ for SUM, Σnumerator ÷ Σdenominator (× scale) for RATIO, Σ(value·weight) ÷ Σweight for WEIGHTED_MEAN (a branch's printed figure where it has one); null when " +
                "no branch contributed, or when withheld.", "集計値。")
            .Resolve(c => c.Disclosure().Disclosed(() => rowOf(c.Source).Value, rowOf(c.Source)));
        type.Field<ExactDecimalGraphType>("numerator").Says("Σ numerator (RATIO), Σ value·weight (WEIGHTED_MEAN) or Σ value (SUM); null when withheld.", "分子の合計。")
            .Resolve(c => c.Disclosure().Disclosed(() => rowOf(c.Source).Numerator, rowOf(c.Source)));
        type.Field<ExactDecimalGraphType>("denominator").Says("Σ denominator (RATIO) or Σ weight (WEIGHTED_MEAN); null for SUM, or when withheld.", "分母の合計。")
            .Resolve(c => c.Disclosure().Disclosed(() => rowOf(c.Source).Denominator, rowOf(c.Source)));
        type.Field<NonNullGraphType<BooleanGraphType>>("withheld")
            .Says("True when disclosure control withholds this aggregate from a branch-limited caller: with the branches the token may see it would reveal a hidden branch's value, so value, " +
                "numerator, denominator and difference are null (docs/partners-and-access.md). Always false for unrestricted callers and BRANCH rows.", "秘匿（開示制御）。")
            .Resolve(c => c.Disclosure().Withheld(rowOf(c.Source)));
        type.Field<StringGraphType>("withheldCode").Says("DISCLOSURE_WITHHELD when withheld, else null.", "秘匿コード。")
            .Resolve(c => c.Disclosure().WhenWithheld(rowOf(c.Source), AggregateDisclosure.Code));
        type.Field<StringGraphType>("withheldReason").Says("Why the figures are withheld, in English; null when they are not.", "秘匿の理由。")
            .Resolve(c => c.Disclosure().WhenWithheld(rowOf(c.Source), AggregateDisclosure.Reason));
        type.Field<NonNullGraphType<AggregationRuleType>>("rule").Says("The measure's aggregation rule.", "集計規則。")
            .Resolve(c => c.LoadByKey<Measure, string>(rowOf(c.Source).MeasureCode, x => x.Code).Then(m => m!.Aggregation));
        type.Field<NonNullGraphType<IntGraphType>>("contributors").Says("Branches whose figures contributed.", "寄与した支部数。")
            .Resolve(c => rowOf(c.Source).Contributors);
        type.Field<NonNullGraphType<IntGraphType>>("expectedContributors").Says("Branches in the unit.", "対象支部数。")
            .Resolve(c => rowOf(c.Source).ExpectedContributors);
        type.Field<NonNullGraphType<BooleanGraphType>>("complete").Says("Every branch of the unit contributed.", "全支部が寄与したか。")
            .Resolve(c => rowOf(c.Source) is var row && row.Contributors == row.ExpectedContributors);
    }

    /// <summary>value − publishedValue, through disclosure control.</summary>
    public static void AddDifference<T>(this ObjectGraphType<T> type, Func<T, Rollup> rowOf) =>
        type.Field<ExactDecimalGraphType>("difference").Says("value − publishedValue; printed figures are rounded, so small differences are expected; null when withheld.", "公表値との差。")
            .Resolve(c => c.Disclosure().Disclosed(() => rowOf(c.Source).Difference, rowOf(c.Source)));
}
