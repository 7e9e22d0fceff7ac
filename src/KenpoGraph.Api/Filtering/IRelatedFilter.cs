using System.Linq.Expressions;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Filtering;

/// <summary>A <c>where</c> input that another one nests (an object or list filter), as a predicate over its own rows.</summary>
internal interface IRelatedFilter
{
    /// <summary>The predicate for a nested <c>where</c> value: <c>x => true</c> where it holds no condition.</summary>
    LambdaExpression PredicateOf(IDictionary<string, object?> where, WarehouseDbContext db);
}
