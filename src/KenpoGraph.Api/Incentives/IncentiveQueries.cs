using System.Globalization;
using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Limits;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain;
using KenpoGraph.Domain.Incentives;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Warehouse.Model;
using Microsoft.Extensions.DependencyInjection;

namespace KenpoGraph.Api.Incentives;

internal static class IncentiveQueries
{
    public static void AddIncentiveQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveSchemeType>>>>("incentiveSchemes")
            .Says("Every version of the インセンティブ制度 by first results year, each parameter marked as stated or assumed.", "インセンティブ制度の版。")
            .ResolveAsync(async context => await context.Incentives().SchemesAsync(context.CancellationToken));

        query.Field<IncentiveRankingType>("incentiveRanking")
            .Says("The 47 branches ranked for one results year from the branch indicator figures, with rewards, the effect on the premium rate of results year + 2, and published ranks " +
                "beside the computed ones; null with an error (INCENTIVE_DATA_INCOMPLETE, INVALID_ARGUMENT) when the year cannot be ranked, the rest of the query still answered.", "インセンティブ制度の順位。")
            .Argument<NonNullGraphType<IntGraphType>>("resultsYear", "Results (evaluation) year, e.g. 2023 (applies to the FY2025 premium rate).")
            .ResolveAsync(async context => await context.Incentives().RankingAsync(context.GetArgument<int>("resultsYear"), context.CancellationToken));

        query.Field<IncentiveSimulationType>("incentiveSimulation")
            .Says("What-if: recompute a results year's ranking with changed indicator values and/or scheme parameters; returns the new ranking, per branch the change in rank, reward and " +
                "rate, and whom each branch passed or fell behind. Nothing stored changes. Null with an error for a change or override that cannot be applied.", "シミュレーション。")
            .Argument<NonNullGraphType<IntGraphType>>("resultsYear", "Results year to simulate, e.g. 2023.")
            .Argument<ListGraphType<NonNullGraphType<IncentiveChangeInputType>>>("changes", "Indicator values to change, e.g. [{ branch: \"19\", indicator: 5, delta: 5 }].")
            .Argument<IncentiveSchemeOverridesInputType>("scheme", "Scheme parameters to replace, e.g. { rewardedBranches: 23 }.")
            .ResolveAsync(async context =>
            {
                var changes = context.GetArgument<List<SimulationChange>?>("changes") ?? [];
                if (changes.Count > ListArguments.MaxSimulationChanges)
                {
                    throw new KenpoError(ErrorCodes.InvalidArgument, $"`changes` holds {changes.Count} changes; at most {ListArguments.MaxSimulationChanges} are accepted.",
                        new Dictionary<string, object?> { ["limit"] = ListArguments.MaxSimulationChanges, ["actual"] = changes.Count });
                }
                var overrides = context.GetArgument<Dictionary<string, object?>?>("scheme") ?? [];
                var parameters = overrides.Where(o => o.Value is not null).ToDictionary(
                    o => IncentiveSchemeOverridesInputType.Parameters[o.Key],
                    o => o.Value switch
                    {
                        Standardisation s => EnumCode.Of(s),
                        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                        var other => other!.ToString()!,
                    }, StringComparer.Ordinal);
                return await context.Incentives().SimulateAsync(context.GetArgument<int>("resultsYear"), changes, parameters, context.CancellationToken);
            });
    }

    /// <summary>OrgUnit.incentive(resultsYear): the branch's entry in that year's ranking (null for the headquarters).</summary>
    public static void AddIncentiveField(this ObjectGraphType<OrgUnit> orgUnit)
    {
        orgUnit.Field<IncentiveRankingEntryType>("incentive")
            .Says("The branch's place in the incentive ranking of a results year; null for the headquarters.", "インセンティブ制度の評価結果。")
            .Argument<NonNullGraphType<IntGraphType>>("resultsYear", "Results year, e.g. 2023.")
            .ResolveAsync(async context =>
            {
                if (context.Source.Kind != OrgUnitKind.Branch)
                {
                    return null;
                }
                var ranking = await context.Incentives().RankingAsync(context.GetArgument<int>("resultsYear"), context.CancellationToken);
                return new EntryView(ranking, ranking.Result.Entries.Single(e => e.BranchCode == context.Source.Code));
            });
    }

    /// <summary>The request's incentive service (rankings memoised per request, output limited to the caller's branches).</summary>
    internal static IncentiveRankings Incentives(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IncentiveRankings>();
}
