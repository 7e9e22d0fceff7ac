using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using KenpoGraph.Api.Limits;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace KenpoGraph.Api.Schema;

/// <summary>
/// GraphQL.NET's serial strategy (one DbContext per request cannot serve parallel resolvers), collecting each selection
/// set's fields once per execution instead of once per object. GraphQL.NET collects the fields of a selection set
/// (fragments, @skip/@include, merging of repeated response keys) again for every object it completes: for a list of
/// 1,175 facts that is 1,175 identical walks, about an eighth of a large answer's CPU (bench/results, issue 20). The
/// collected fields depend only on the selection set, the object's type and the operation's variables, and the
/// variables are fixed for one execution, so the result is kept for the execution and reused. It also counts the
/// values it lays out (each object's fields, each list's items) for the last guard on an answer's size
/// (Limits/ResponseGuard), before they are resolved.
/// </summary>
internal sealed class QueryExecutionStrategy : SerialExecutionStrategy
{
    private const string CollectedKey = "kenpograph:collectedFields";

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        var collected = Collected(context);
        if (collected is null || parent.SelectionSet is not { } selectionSet || parentType is null)
        {
            base.SetSubFieldNodes(context, parent);
            ResponseGuard.Count(context.UserContext, parent.SubFields?.Length ?? 0);
            return;
        }
        if (!collected.TryGetValue((selectionSet, parentType), out var fields))
        {
            // A merged field (the same response key twice) is a new GraphQLField whose arguments GraphQL.NET registers
            // in this execution's ArgumentValues: it is collected, registered and reused within the same execution.
            fields = [.. CollectFieldsFrom(context, parentType, selectionSet, null).Values];
            collected[(selectionSet, parentType)] = fields;
        }
        var subFields = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, definition) = fields[i];
            subFields[i] = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
        }
        parent.SubFields = subFields;
        ResponseGuard.Count(context.UserContext, subFields.Length);
    }

    protected override async Task SetArrayItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent)
    {
        if (parent.Result is System.Collections.ICollection items)
        {
            ResponseGuard.Count(context.UserContext, items.Count);
            await base.SetArrayItemNodesAsync(context, parent);
            return;
        }
        await base.SetArrayItemNodesAsync(context, parent);
        ResponseGuard.Count(context.UserContext, parent.Items?.Count ?? 0);
    }

    /// <summary>
    /// This execution's collected fields, kept in its user context. The holder names its execution: a user context
    /// handed to several executions (other variables, so other @skip/@include outcomes) never sees another's fields.
    /// </summary>
    private static Dictionary<(GraphQLSelectionSet, IGraphType), (GraphQLField, FieldType)[]>? Collected(ExecutionContext context)
    {
        if (context.UserContext is not { IsReadOnly: false } userContext)
        {
            return null;
        }
        if (userContext.TryGetValue(CollectedKey, out var value) && value is CollectedFields kept && ReferenceEquals(kept.Execution, context))
        {
            return kept.Fields;
        }
        var collected = new CollectedFields(context);
        userContext[CollectedKey] = collected;
        return collected.Fields;
    }

    private sealed class CollectedFields(ExecutionContext execution)
    {
        public ExecutionContext Execution { get; } = execution;

        public Dictionary<(GraphQLSelectionSet, IGraphType), (GraphQLField, FieldType)[]> Fields { get; } = new(ReferencePairComparer.Instance);
    }

    /// <summary>AST nodes and graph types compared as instances: cheap, and two equal-looking selection sets stay apart.</summary>
    private sealed class ReferencePairComparer : IEqualityComparer<(GraphQLSelectionSet, IGraphType)>
    {
        public static readonly ReferencePairComparer Instance = new();

        public bool Equals((GraphQLSelectionSet, IGraphType) x, (GraphQLSelectionSet, IGraphType) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((GraphQLSelectionSet, IGraphType) pair) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Item1),
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Item2));
    }
}
