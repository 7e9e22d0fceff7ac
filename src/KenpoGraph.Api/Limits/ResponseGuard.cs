using GraphQL;
using KenpoGraph.Api.Errors;

namespace KenpoGraph.Api.Limits;

/// <summary>
/// The last guard on an answer: it counts the values (fields and list items) an execution builds and, past
/// <c>Limits:MaxResponseValues</c>, stops it, so the response ends with RESPONSE_TOO_LARGE instead of growing without
/// bound when the data outgrows what the cost estimate assumed (Limits/ListSizes). The execution strategy counts
/// (Schema/QueryExecutionStrategy): each object's fields when they are collected and each list's items when they are
/// laid out, before any of them is resolved, so a field middleware on every value, the largest fixed cost per value
/// (bench/results, issue 20), is not needed. The serialised bytes are bounded the same way
/// (<c>Limits:MaxResponseBytes</c>, Transport/PooledResponseBuffer).
/// </summary>
internal static class ResponseGuard
{
    private const string StateKey = "kenpograph:responseGuard";

    /// <summary>Starts counting for one execution, up to <paramref name="maxValues"/>; cancelling <paramref name="stop"/> ends it.</summary>
    public static void Begin(IDictionary<string, object?> userContext, CancellationTokenSource stop, long maxValues) =>
        userContext[StateKey] = new Counter(stop, maxValues);

    /// <summary>Whether the execution was stopped for its size.</summary>
    public static bool Tripped(IDictionary<string, object?> userContext) => userContext.TryGetValue(StateKey, out var state) && state is Counter { Tripped: true };

    /// <summary>What an execution stopped past <paramref name="maxValues"/> answers instead (HTTP answers and each subscription event alike).</summary>
    public static ExecutionResult StoppedAnswer(long maxValues) =>
        TooLargeAnswer($"The answer grew past {maxValues:N0} values (Limits:MaxResponseValues) and was stopped; ask for fewer rows or fields.");

    /// <summary>An answer refused for its size, by values or by bytes: no data, one RESPONSE_TOO_LARGE error.</summary>
    public static ExecutionResult TooLargeAnswer(string message) => new()
    {
        Executed = true,
        Errors = [new KenpoError(ErrorCodes.ResponseTooLarge, message)],
    };

    /// <summary>The count an execution was begun with (<see cref="Begin"/>), or null when nothing bounds it.</summary>
    public static Counter? For(IDictionary<string, object?>? userContext) =>
        userContext is not null && userContext.TryGetValue(StateKey, out var value) ? value as Counter : null;

    /// <summary>One execution's count; executions are serial (Schema/QueryExecutionStrategy), so no field is shared.</summary>
    public sealed class Counter(CancellationTokenSource stop, long maxValues)
    {
        private long _values;

        public bool Tripped { get; private set; }

        /// <summary>Counts <paramref name="values"/> more; past the bound, stops the execution (an OperationCanceledException).</summary>
        public void Add(int values)
        {
            _values += values;
            if (_values > maxValues && !Tripped)
            {
                Tripped = true;
                stop.Cancel();
                stop.Token.ThrowIfCancellationRequested();
            }
        }
    }
}
