using System.Collections;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using KenpoGraph.Api.Errors;

namespace KenpoGraph.Api.Visibility;

/// <summary>
/// The one visibility rule, applied where values leave the API: every field that returns objects has its resolver
/// wrapped, and each object it hands out (the value, each list item, each batched result) is checked against the
/// caller's rights by the owners its record names (<see cref="BranchOwners"/>), however it was reached: a document, a
/// node id, a nested object, a ranking computed across all branches. A hidden object is left out of its list (null in
/// place where the list's items are nullable, as nodes(ids:) keeps positions), null in a nullable field, and a
/// BRANCH_NOT_VISIBLE error in a non-null one. The row filter (RequestData) still narrows what is read; this guard
/// holds for what is computed or read across branches.
/// </summary>
internal sealed class VisibilityGuard : BaseSchemaNodeVisitor
{
    /// <summary>The metadata key under which each object type carries its owners accessor (absent: not branch-owned).</summary>
    private const string OwnersKey = "branchOwners";

    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (type.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return;
        }
        var declaration = BranchOwners.For(type)
            ?? throw new InvalidOperationException(
                $"The object type {type.Name} ({type.GetType().Name}) is not declared in Visibility/BranchOwners: say whose its values are (its owners), or why it is not branch-owned.");
        if (declaration.Owners is { } owners)
        {
            type.Metadata[OwnersKey] = owners;
        }
    }

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (!type.Name.StartsWith("__", StringComparison.Ordinal) && field.ResolvedType!.GetNamedType() is IComplexGraphType)
        {
            field.Resolver = new VisibilityCheckingResolver(field.Resolver ?? NameFieldResolver.Instance, field.ResolvedType!, schema);
        }
    }

    internal static Func<object, IEnumerable<Owner>>? OwnersOf(IObjectGraphType type) =>
        type.GetMetadata<Func<object, IEnumerable<Owner>>?>(OwnersKey);
}

/// <summary>Resolves the field, then hands out only what the caller may see (see <see cref="VisibilityGuard"/>).</summary>
internal sealed class VisibilityCheckingResolver(IFieldResolver inner, IGraphType returnType, ISchema schema) : IFieldResolver
{
    private static readonly object Hidden = new();

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var value = await inner.ResolveAsync(context);
        var directory = context.RequestServices!.GetRequiredService<OwnerDirectory>();
        if (value is null || !directory.IsRestricted)
        {
            return value;
        }
        // Batched values are checked when the batch has run, so the batch still runs once per level.
        return value is IDataLoaderResult pending || (value is IEnumerable items and not string && items.OfType<IDataLoaderResult>().Any())
            ? new Checked(() => Outcome(context, directory, value))
            : await Outcome(context, directory, value);
    }

    private async Task<object?> Outcome(IResolveFieldContext context, OwnerDirectory directory, object? value)
    {
        var checkedValue = await CheckAsync(value, returnType, directory, context.CancellationToken);
        if (ReferenceEquals(checkedValue, Hidden))
        {
            return returnType is NonNullGraphType
                ? throw new KenpoError(ErrorCodes.BranchNotVisible,
                    $"The field '{context.FieldDefinition.Name}' leads to data of a branch this caller may not see.")
                : null;
        }
        return checkedValue;
    }

    private async Task<object?> CheckAsync(object? value, IGraphType type, OwnerDirectory directory, CancellationToken cancellationToken)
    {
        if (value is IDataLoaderResult pending)
        {
            value = await pending.GetResultAsync(cancellationToken);
        }
        if (value is null)
        {
            return null;
        }
        switch (type)
        {
            case NonNullGraphType nonNull:
                return await CheckAsync(value, nonNull.ResolvedType!, directory, cancellationToken);
            case ListGraphType list when value is IEnumerable items and not string:
                var itemType = list.ResolvedType!;
                var kept = new List<object?>();
                foreach (var item in items)
                {
                    var checkedItem = await CheckAsync(item, itemType, directory, cancellationToken);
                    if (ReferenceEquals(checkedItem, Hidden) || (checkedItem is null && itemType is NonNullGraphType))
                    {
                        // Left out of a list of non-null items (a row the filter or the guard withheld); null in place otherwise.
                        if (itemType is not NonNullGraphType)
                        {
                            kept.Add(null);
                        }
                        continue;
                    }
                    kept.Add(checkedItem);
                }
                return kept;
            case IObjectGraphType objectType:
                return await VisibleAsync(objectType, value, directory, cancellationToken);
            case IAbstractGraphType abstractType:
                return abstractType.GetObjectType(value, schema) is { } concrete
                    ? await VisibleAsync(concrete, value, directory, cancellationToken)
                    : Hidden;
            default:
                return value;
        }
    }

    private static async Task<object?> VisibleAsync(IObjectGraphType type, object value, OwnerDirectory directory, CancellationToken cancellationToken) =>
        VisibilityGuard.OwnersOf(type) is not { } owners || await directory.CanSeeAllAsync(owners(value), cancellationToken) ? value : Hidden;

    private sealed class Checked(Func<Task<object?>> outcome) : IDataLoaderResult
    {
        public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => outcome();
    }
}
