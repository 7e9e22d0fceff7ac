using GraphQL.Types;
using KenpoGraph.Api.Access;
using KenpoGraph.Domain.Access;

namespace KenpoGraph.Api.Budgets;

/// <summary>
/// Budget and finance fields are reserved for the Kenpo.Finance.Read scope (docs/architecture.md "Access control").
/// Every type and query field of this folder is marked with it, so the access rule can find them by metadata
/// instead of a list kept by hand (Access/RequiredScope wraps their resolvers); everything else is Kenpo.Read.
/// </summary>
internal static class FinanceScope
{
    public const string Scope = KenpoScope.FinanceRead;

    /// <summary>The metadata key whose value names the scope a type or field needs (Access/RequiredScope enforces it).</summary>
    public const string MetadataKey = RequiredScope.MetadataKey;

    public static void ReserveForFinance(this IProvideMetadata element) => element.Metadata[MetadataKey] = Scope;
}
