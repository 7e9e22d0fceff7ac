using GraphQL.Types;

namespace KenpoGraph.Api.Filtering;

/// <summary>
/// The name a filter or sort field had before it was named like its output field (issue 18: <c>measure</c> is now
/// <c>measureCode</c>). The alias has the field's type and description and is deprecated, so queries written against
/// the old name keep working (the schema contract stays additive) and tools point to the new one.
/// </summary>
internal static class DeprecatedInputAlias
{
    public static void Add(IInputObjectGraphType type, string alias, string field)
    {
        var current = type.Fields.Find(field) ?? throw new InvalidOperationException($"{type.Name} has no field '{field}' to alias as '{alias}'.");
        type.AddField(new FieldType
        {
            Name = alias,
            Type = current.Type,
            Description = current.Description,
            DeprecationReason = $"Use `{field}`, named like the output field.",
        });
    }
}
