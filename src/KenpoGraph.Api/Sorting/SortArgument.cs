using System.Linq.Expressions;
using GraphQL;

namespace KenpoGraph.Api.Sorting;

internal static class SortArgument
{
    /// <summary>Applies the field's <c>order</c> argument in the client's order, then the fallback key for a stable order.</summary>
    public static IQueryable<TEntity> ApplyOrder<TSort, TEntity, TKey>(this GraphQL.IResolveFieldContext context, IQueryable<TEntity> source,
        Expression<Func<TEntity, TKey>> fallback)
        where TSort : SortInputType<TEntity>
    {
        var type = (TSort)context.FieldDefinition.Arguments!.Find("order")!.ResolvedType!.GetNamedType();
        return type.Apply(source, ClientOrder.Of(context, "order"), fallback, RequestData.RequestWarehouseAccess.Warehouse(context).Db);
    }
}
