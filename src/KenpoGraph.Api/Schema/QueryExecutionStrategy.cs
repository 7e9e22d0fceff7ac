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
    private const string StateKey = "kenpograph:executionState";

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        var execution = State(context);
        if (execution is null || parent.SelectionSet is not { } selectionSet || parentType is null)
        {
            base.SetSubFieldNodes(context, parent);
            ResponseGuard.For(context.UserContext)?.Add(parent.SubFields?.Length ?? 0);
            return;
        }
        if (!execution.Fields.TryGetValue((selectionSet, parentType), out var fields))
        {
            // A merged field (the same response key twice) is a new GraphQLField whose arguments GraphQL.NET registers
            // in this execution's ArgumentValues: it is collected, registered and reused within the same execution.
            fields = [.. CollectFieldsFrom(context, parentType, selectionSet, null).Values];
            execution.Fields[(selectionSet, parentType)] = fields;
        }
        var subFields = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, definition) = fields[i];
            subFields[i] = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
        }
        parent.SubFields = subFields;
        execution.Guard?.Add(subFields.Length);
    }

    protected override async Task SetArrayItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent)
    {
        var guard = State(context)?.Guard ?? ResponseGuard.For(context.UserContext);
        // A list that knows its size is counted before its items are laid out, so a huge one stops before it is built.
        var known = (parent.Result as System.Collections.ICollection)?.Count;
        guard?.Add(known ?? 0);
        await base.SetArrayItemNodesAsync(context, parent);
        if (known is null)
        {
            guard?.Add(parent.Items?.Count ?? 0);
        }
    }

    /// <summary>
    /// This execution's collected fields and answer-size count, kept in its user context (one look-up per object instead
    /// of two). The state names its execution and its user context: a user context handed to several executions (other
    /// variables, so other @skip/@include outcomes) never sees another's fields, and one copied into a new user context
    /// (a subscription's next event, with a count of its own) is not taken for that context's state.
    /// </summary>
    private static ExecutionState? State(ExecutionContext context)
    {
        if (context.UserContext is not { IsReadOnly: false } userContext)
        {
            return null;
        }
        if (userContext.TryGetValue(StateKey, out var value) && value is ExecutionState kept
            && ReferenceEquals(kept.Execution, context) && ReferenceEquals(kept.UserContext, userContext))
        {
            return kept;
        }
        var state = new ExecutionState(context, userContext, ResponseGuard.For(userContext));
        userContext[StateKey] = state;
        return state;
    }

    private sealed class ExecutionState(ExecutionContext execution, IDictionary<string, object?> userContext, ResponseGuard.Counter? guard)
    {
        public ExecutionContext Execution { get; } = execution;

        public IDictionary<string, object?> UserContext { get; } = userContext;

        public ResponseGuard.Counter? Guard { get; } = guard;

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
