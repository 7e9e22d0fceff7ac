using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace KenpoGraph.Api.Export;

/// <summary>
/// The fields a selection set asks of a type, by response key in the order the answer holds them, with fragments
/// (inline and named) spread and <c>@skip</c> / <c>@include</c> applied as execution applies them; fields asked twice
/// under one key are one field whose selections are merged (GraphQL's field collection, spec 6.3.2).
/// </summary>
internal sealed class SelectionReader(ISchema schema, GraphQLDocument document, Inputs? variables)
{
    // A field the schema does not name on this type (the document then fails validation, which runs beside this reader).
    private static readonly FieldType Unknown = new() { Name = "unknown", ResolvedType = new StringGraphType() };

    public IReadOnlyList<(string Key, CollectedField Field)> Fields(IGraphType type, IEnumerable<GraphQLSelectionSet?> selectionSets)
    {
        var fields = new List<(string Key, CollectedField Field)>();
        foreach (var set in selectionSets)
        {
            Collect(type, set, fields, []);
        }
        return fields;
    }

    private void Collect(IGraphType type, GraphQLSelectionSet? set, List<(string Key, CollectedField Field)> fields, HashSet<string> spread)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field when Included(field.Directives):
                    var name = field.Name.StringValue;
                    var key = field.Alias?.Name.StringValue ?? name;
                    var definition = Definition(type, name) ?? Unknown;
                    var index = fields.FindIndex(f => f.Key == key);
                    if (index < 0)
                    {
                        fields.Add((key, new CollectedField(name, definition, [field.SelectionSet])));
                    }
                    else
                    {
                        fields[index].Field.Selections.Add(field.SelectionSet);
                    }
                    break;
                case GraphQLInlineFragment inline when Included(inline.Directives):
                    Collect(inline.TypeCondition is { } condition ? TypeNamed(condition.Type.Name.StringValue, type) : type, inline.SelectionSet, fields, spread);
                    break;
                case GraphQLFragmentSpread spreadNode when Included(spreadNode.Directives) && spread.Add(spreadNode.FragmentName.Name.StringValue):
                    var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(f => f.FragmentName.Name.StringValue == spreadNode.FragmentName.Name.StringValue);
                    if (fragment is not null)
                    {
                        Collect(TypeNamed(fragment.TypeCondition.Type.Name.StringValue, type), fragment.SelectionSet, fields, spread);
                    }
                    break;
            }
        }
    }

    private FieldType? Definition(IGraphType type, string name)
    {
        if (name == "__typename")
        {
            return schema.TypeNameMetaFieldType;
        }
        if (name == "__schema" && type == schema.Query)
        {
            return schema.SchemaMetaFieldType;
        }
        if (name == "__type" && type == schema.Query)
        {
            return schema.TypeMetaFieldType;
        }
        return type is IComplexGraphType complex ? complex.GetField(name) : null;
    }

    private IGraphType TypeNamed(string name, IGraphType fallback) => schema.AllTypes[name] ?? fallback;

    /// <summary>@skip(if:) and @include(if:) with a literal or a variable, as execution decides them.</summary>
    private bool Included(GraphQLDirectives? directives)
    {
        foreach (var directive in directives?.Items ?? [])
        {
            var name = directive.Name.StringValue;
            if (name is not ("skip" or "include") || directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "if") is not { } argument)
            {
                continue;
            }
            var condition = argument.Value switch
            {
                GraphQLBooleanValue literal => literal.BoolValue,
                GraphQLVariable variable when variables is not null && variables.TryGetValue(variable.Name.StringValue, out var value) && value is bool given => given,
                _ => (bool?)null,
            };
            if (condition is { } value2 && (name == "skip") == value2)
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>A field as the answer holds it: its name, its definition and every selection set asked of it under its key.</summary>
internal sealed record CollectedField(string Name, FieldType Definition, List<GraphQLSelectionSet?> Selections);
