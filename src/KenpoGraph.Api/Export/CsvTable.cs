using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace KenpoGraph.Api.Export;

/// <summary>
/// Which list of an answer a CSV is made of, and its columns, read from the operation and the schema before anything
/// runs (docs/bi-developers.md "Exports: CSV"): the rows are the elements of the answer's one list, found by going down
/// through objects only (a top-level list field, or a connection's <c>nodes</c>, <c>edges</c> or <c>items</c>); the
/// columns are the leaf fields under a row, named by their path of response keys (aliases included) from the row, so
/// <c>observations { nodes { orgUnit { nameJa } } }</c> gives the column <c>orgUnit.nameJa</c>, and an edge's
/// <c>node.</c> is left out of the name (<c>edges { cursor node { value } }</c>: <c>cursor</c>, <c>value</c>). Fields
/// outside the list (<c>totalCount</c>, <c>pageInfo</c>, a parent's own fields) are not in the table.
/// </summary>
/// <param name="RowPath">Response keys from <c>data</c> to the list.</param>
internal sealed record CsvTable(IReadOnlyList<string> RowPath, IReadOnlyList<CsvColumn> Columns)
{
    /// <summary>The table of <paramref name="operation"/>, or <see cref="CsvNotTabularException"/> saying why it has none.</summary>
    public static CsvTable Of(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs? variables)
    {
        var reader = new SelectionReader(schema, document, variables);
        var root = operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Mutation,
        } ?? throw new CsvNotTabularException("The schema has no root type for this operation.");
        var lists = new List<(List<string> Path, string Field, IGraphType Item, List<GraphQLSelectionSet?> Selections)>();
        FindLists(reader, root, [operation.SelectionSet], [], lists);
        if (lists.Count == 0)
        {
            throw new CsvNotTabularException(
                "The answer holds no list to make rows of; a CSV needs exactly one (a top-level list field such as `branches`, or a connection's `nodes`, `edges` or `items`).");
        }
        if (lists.Count > 1)
        {
            throw new CsvNotTabularException(
                $"The answer holds {lists.Count} lists ({string.Join(", ", lists.Select(l => $"`{string.Join('.', l.Path)}`"))}); a CSV is made of exactly one: ask for each in a request of its own.");
        }
        var (path, field, item, selections) = lists[0];
        var columns = new List<CsvColumn>();
        if (item is IComplexGraphType or IAbstractGraphType)
        {
            AddColumns(reader, item, selections, path, [], [], field == "edges", columns);
        }
        else
        {
            // A list of leaves (enum values, scalars): one column, named after the list.
            columns.Add(new CsvColumn(path[^1], []));
        }
        if (columns.Count == 0)
        {
            throw new CsvNotTabularException($"The rows of `{string.Join('.', path)}` select no field to make a column of.");
        }
        return new CsvTable(path, columns);
    }

    private static void FindLists(SelectionReader reader, IGraphType type, List<GraphQLSelectionSet?> selections, List<string> path,
        List<(List<string>, string, IGraphType, List<GraphQLSelectionSet?>)> lists)
    {
        foreach (var (key, field) in reader.Fields(type, selections))
        {
            var fieldType = Unwrap(field.Definition.ResolvedType);
            if (fieldType is ListGraphType list)
            {
                lists.Add(([.. path, key], field.Name, Unwrap(Item(list)), field.Selections));
            }
            else if (fieldType is IComplexGraphType or IAbstractGraphType)
            {
                FindLists(reader, fieldType, field.Selections, [.. path, key], lists);
            }
        }
    }

    private static void AddColumns(SelectionReader reader, IGraphType type, List<GraphQLSelectionSet?> selections, List<string> rowPath,
        List<string> name, List<string> keys, bool edge, List<CsvColumn> columns)
    {
        foreach (var (key, field) in reader.Fields(type, selections))
        {
            var fieldType = Unwrap(field.Definition.ResolvedType);
            if (fieldType is ListGraphType)
            {
                throw new CsvNotTabularException(
                    $"`{string.Join('.', [.. rowPath, .. keys, key])}` is a list inside the rows of `{string.Join('.', rowPath)}`; a CSV cell holds one value: leave it out, or ask for it in " +
                        $"a request of its own.");
            }
            if (fieldType is IComplexGraphType or IAbstractGraphType)
            {
                // An edge's node is the row: edges { node { value } } names its column `value`, as nodes { value } does.
                var isNode = edge && keys.Count == 0 && field.Name == "node";
                AddColumns(reader, fieldType, field.Selections, rowPath, isNode ? name : [.. name, key], [.. keys, key], edge: false, columns);
                continue;
            }
            var columnName = string.Join('.', [.. name, key]);
            if (columns.All(c => c.Name != columnName))
            {
                columns.Add(new CsvColumn(columnName, [.. keys, key]));
            }
        }
    }

    private static IGraphType Item(ListGraphType list) => list.ResolvedType ?? throw new InvalidOperationException("An unresolved list type.");

    private static IGraphType Unwrap(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType),
        null => throw new InvalidOperationException("An unresolved field type."),
        _ => type,
    };
}

/// <summary>One column: its name (the field path from the row) and the response keys from the row to its value.</summary>
internal sealed record CsvColumn(string Name, IReadOnlyList<string> Path);

/// <summary>An operation whose answer is not one table (no list, several, or a list inside the rows).</summary>
internal sealed class CsvNotTabularException(string message) : Exception(message);
