using System.Globalization;
using GraphQL;
using KenpoGraph.Api.Errors;

namespace KenpoGraph.Api.Limits;

/// <summary>
/// List arguments whose values multiply an answer (kpiComparison's years × org units, facts' measures × years, the
/// roll-up's measures × years): duplicates are dropped in the order given, and each list holds at most a documented
/// number of distinct values. A 12 KB kpiComparison of repeated years and org units answered 19 MB (issue 16).
/// The cost estimate (<see cref="ListSizes"/>) sizes the answer with the same rules.
/// </summary>
internal static class ListArguments
{
    public const int MaxMeasures = ListSizes.Measures;
    public const int MaxSubjects = 20;
    public const int MaxSimulationChanges = 250;

    /// <summary>The argument's distinct values in order, or null when it was not given.</summary>
    /// <exception cref="KenpoError">INVALID_ARGUMENT with <c>limit</c> and <c>actual</c> when more than <paramref name="most"/> remain.</exception>
    public static T[]? Distinct<T>(this IResolveFieldContext context, string name, int most)
    {
        if (context.GetArgument<T[]?>(name) is not { } values)
        {
            return null;
        }
        var distinct = values.Distinct().ToArray();
        return distinct.Length <= most ? distinct : throw new KenpoError(ErrorCodes.InvalidArgument, string.Create(CultureInfo.InvariantCulture,
            $"`{name}` holds {distinct.Length:N0} distinct values; at most {most:N0} are accepted."),
            new Dictionary<string, object?> { ["limit"] = most, ["actual"] = distinct.Length });
    }
}
