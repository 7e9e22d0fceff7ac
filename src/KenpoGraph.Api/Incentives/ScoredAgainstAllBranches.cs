using GraphQL;
using KenpoGraph.Api.Disclosure;
using KenpoGraph.Api.Errors;

namespace KenpoGraph.Api.Incentives;

/// <summary>
/// The figures of an incentive entry that are measured against all ranked branches (deviation scores, scores, total,
/// reward and what follows from it), given only where disclosure control releases them
/// (<see cref="AggregateDisclosure.WithholdsScoresAgainst"/>). They are non-null, so a withheld one is a
/// DISCLOSURE_WITHHELD field error, as the pool is. The caller's own values, improvements and ranks are not withheld.
/// </summary>
internal static class ScoredAgainstAllBranches
{
    public static object? Scored<TSource>(this IResolveFieldContext<TSource> context, RankingView ranking, object? figure)
    {
        // Asked for every score of every entry: unrestricted callers, most of them, should not pay for the branch list.
        var disclosure = context.Disclosure();
        return disclosure.Applies && disclosure.WithholdsScoresAgainst(ranking.Result.Entries.Select(e => e.BranchCode).ToArray())
            ? throw new KenpoError(ErrorCodes.DisclosureWithheld, $"{context.FieldDefinition.Name}: {AggregateDisclosure.Reason}")
            : figure;
    }
}
