using GraphQL.Types;
using KenpoGraph.Api.Facts;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Domain.Kpis;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Kpis;

internal sealed class ThresholdResolutionType : ObjectGraphType<KpiTarget>
{
    public ThresholdResolutionType()
    {
        Name = "ThresholdResolution";
        this.Says("What a KPI target's earlier results give for its threshold (DERIVED), computed at load for every result-based rule, printed threshold or not.", "実績からの目標値の算出。");
        Field("threshold", x => x.ResolvedThreshold, type: typeof(ExactDecimalGraphType))
            .Says("The threshold the results give; null where unresolved (see reason). Compare with the target's printed threshold.", "算出した目標値。");
        Field<NonNullGraphType<BooleanGraphType>>("resolved").Says("True where the results give a threshold.", "算出できたか。").Resolve(c => c.Source.ResolvedThreshold is not null);
        Field<BooleanGraphType>("agreesWithPrinted").Says("For a printed threshold, whether the results give the same number; null where either is missing.", "印字値との一致。")
            .Resolve(c => c.Source.ThresholdSource == ThresholdSource.Printed && c.Source.ResolvedThreshold is { } r ? r == c.Source.Threshold : (bool?)null);
        Field("reason", x => x.ThresholdUnresolvedReason, nullable: true)
            .Says("Why the results give no threshold, or why it is not used: a result absent, conflicting, on another method version or basis, or a ratio's average of unknown form.", "算出できない理由。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("fiscalYears")
            .Says("The fiscal years the rule refers to (the previous year; the three before the target's year).", "参照年度。")
            .Resolve(c => c.Source.ThresholdYears!.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("resultCodes").Says("The result rows used or looked at, by code.", "参照した実績のコード。")
            .Resolve(c => c.Source.ThresholdResultCodes?.Split(',') ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiResultType>>>>("results").Says("The result rows used or looked at.", "参照した実績。")
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
        Field("priorYearValue", x => x.ThresholdPriorYearValue, type: typeof(ExactDecimalGraphType)).Says("The previous year's result the rule compares with.", "前年度の実績。");
        Field("simpleMean3Y", x => x.ThresholdSimpleMean3Y, type: typeof(ExactDecimalGraphType)).Says("The arithmetic mean of the three years' values, unrounded.", "3年度の単純平均。");
        Field("pooled3Y", x => x.ThresholdPooled3Y, type: typeof(ExactDecimalGraphType))
            .Says("Σ numerators ÷ Σ denominators over the three years (percent for rates), where all are printed.", "3年度の分子計÷分母計。");
        Field("printedAverage3Y", x => x.ThresholdPrintedAverage3Y, type: typeof(ExactDecimalGraphType)).Says("The 3-year average the source prints for the window (上記3年度の平均値).", "印字された3年平均。");
        Field("averageForm", x => x.ThresholdAverageForm, type: typeof(AverageFormType)).Says("Which average the threshold uses; null where it uses none.", "使用した平均の種類。");
    }
}
