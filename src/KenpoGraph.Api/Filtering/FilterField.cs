using System.Linq.Expressions;

namespace KenpoGraph.Api.Filtering;

/// <summary>
/// One filterable field of a <c>where</c> input: the entity property it reads, the operation input that filters it
/// (e.g. IntOperationFilterInput), the scalar its operands are (e.g. Int) and whether the property can be null.
/// HotChocolate accepts <c>eq: null</c> / <c>neq: null</c> (and null inside <c>in</c> / <c>nin</c>) only on a field
/// that can be null, and null nowhere else; <see cref="Nullable"/> decides which.
/// </summary>
internal sealed record FilterField(LambdaExpression Property, string OperationTypeName, string ScalarName, bool Nullable);
