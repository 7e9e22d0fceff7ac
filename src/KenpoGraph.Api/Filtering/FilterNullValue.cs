using KenpoGraph.Api.Errors;

namespace KenpoGraph.Api.Filtering;

/// <summary>
/// The refusal HotChocolate gives a null where it has no meaning (its error HC0026, e.g. snapshot
/// Data.Filters.SqlServer.Tests/__snapshots__/QueryableFilterVisitorStringTests.Create_StringContains_Expression.snap):
/// <c>contains: null</c>, <c>gt: null</c>, <c>eq: null</c> on a field that is never null, <c>in: [null]</c> there.
/// Before issue 18 such a null meant "no condition" (contains) or silently became 0 (eq on an Int).
/// </summary>
internal static class FilterNullValue
{
    /// <summary>HotChocolate's own code for this error, given in <c>extensions.hotChocolateCode</c> for clients ported from it.</summary>
    public const string HotChocolateCode = "HC0026";

    public static KenpoError Refused(string operation, string filterType, string expectedType) => new(ErrorCodes.FilterNullNotSupported,
        $"The provided value for filter `{operation}` of type {filterType} is invalid. Null values are not supported.",
        new Dictionary<string, object?>
        {
            ["expectedType"] = expectedType,
            ["filterType"] = filterType,
            ["hotChocolateCode"] = HotChocolateCode,
        });
}
