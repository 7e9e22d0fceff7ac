using GraphQL;
using KenpoGraph.Api.RequestData;

namespace KenpoGraph.Api.Filtering;

internal static class FilterArgument
{
    /// <summary>Applies the field's <c>where</c> argument, translated by the argument's own input type.</summary>
    public static IQueryable<TEntity> ApplyWhere<TFilter, TEntity>(this GraphQL.IResolveFieldContext context, IQueryable<TEntity> source)
        where TFilter : FilterInputType<TFilter, TEntity>
    {
        var type = (TFilter)context.FieldDefinition.Arguments!.Find("where")!.ResolvedType!.GetNamedType();
        return type.ToPredicate(context.GetArgument<object?>("where"), context.Warehouse().Db) is { } predicate ? source.Where(predicate) : source;
    }

    /// <summary>
    /// Applies the field's <c>where</c> argument to rows in memory (a read model's), when it means there what it means in
    /// SQL (ReadModel/InMemoryPredicate); false when the caller must ask SQL instead.
    /// </summary>
    public static bool TryApplyWhere<TFilter, TEntity>(this GraphQL.IResolveFieldContext context, IEnumerable<TEntity> source, out IEnumerable<TEntity> filtered)
        where TFilter : FilterInputType<TFilter, TEntity>
    {
        filtered = source;
        var where = context.GetArgument<object?>("where");
        if (where is null)
        {
            return true;
        }
        var type = (TFilter)context.FieldDefinition.Arguments!.Find("where")!.ResolvedType!.GetNamedType();
        // Built against no context: a condition on related rows (the only part that names one) is left to SQL below.
        if (type.ToPredicate(where, null!) is not { } predicate)
        {
            return true;
        }
        if (!ReadModel.InMemoryPredicate.TryCompile(predicate, out var compiled))
        {
            return false;
        }
        filtered = source.Where(compiled);
        return true;
    }
}
