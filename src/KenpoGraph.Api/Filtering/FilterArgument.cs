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
}
