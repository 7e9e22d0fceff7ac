using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using KenpoGraph.Api.Errors;

namespace KenpoGraph.Api.Access;

/// <summary>
/// Fields that need a permission beyond Kenpo.Read carry it as metadata (<see cref="MetadataKey"/>) on the field, on
/// the type that declares it or on the type it returns (Budgets/FinanceScope marks the finance ones). The schema
/// visitor below wraps exactly those fields' resolvers, so a caller without the permission gets an
/// INSUFFICIENT_SCOPE error on each such field and the rest of its query answered.
/// </summary>
internal static class RequiredScope
{
    /// <summary>The metadata key whose value names the permission a type or field needs.</summary>
    public const string MetadataKey = "requiredScope";

    /// <summary>The permission <paramref name="field"/> of <paramref name="declaringType"/> needs, if any.</summary>
    public static string? Of(FieldType field, IGraphType declaringType) =>
        field.GetMetadata<string?>(MetadataKey)
        ?? declaringType.GetMetadata<string?>(MetadataKey)
        ?? field.ResolvedType?.GetNamedType().GetMetadata<string?>(MetadataKey);
}

/// <summary>Wraps the resolver of every field that needs a permission with <see cref="ScopeCheckingResolver"/>.</summary>
internal sealed class RequiredScopeGuard : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (RequiredScope.Of(field, type) is { } scope)
        {
            field.Resolver = new ScopeCheckingResolver(scope, field.Resolver ?? NameFieldResolver.Instance, field.ResolvedType!);
        }
    }
}

/// <summary>
/// Resolves the field only for callers holding <paramref name="scope"/>. Others get an INSUFFICIENT_SCOPE error at
/// the field's path, and a value that keeps the rest of the response: null for a nullable field, an empty list for
/// a non-null list (a non-null object cannot be kept: the error then nulls its parent, as GraphQL prescribes).
/// </summary>
internal sealed class ScopeCheckingResolver(string scope, IFieldResolver inner, IGraphType returnType) : IFieldResolver
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        if (context.RequestServices?.GetService<RequestCaller>()?.Rights.Has(scope) == true)
        {
            return inner.ResolveAsync(context);
        }
        var error = new KenpoError(ErrorCodes.InsufficientScope,
            $"The field '{context.FieldDefinition.Name}' needs the {scope} permission, which this caller does not hold.",
            new Dictionary<string, object?> { ["requiredScope"] = scope });
        switch (returnType)
        {
            case NonNullGraphType { ResolvedType: ListGraphType }:
                Report(context, error);
                return ValueTask.FromResult<object?>(Array.Empty<object>());
            case NonNullGraphType:
                throw error;
            default:
                Report(context, error);
                return ValueTask.FromResult<object?>(null);
        }
    }

    private static void Report(IResolveFieldContext context, ExecutionError error)
    {
        error.Path = context.ResponsePath;
        if (context.FieldAst.Location is { } location && context.Document.Source is var source)
        {
            error.AddLocation(GraphQLParser.Location.FromLinearPosition(source, location.Start));
        }
        context.Errors.Add(error);
    }
}
