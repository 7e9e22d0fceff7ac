using System.Collections;
using GraphQL;
using GraphQL.Instrumentation;

namespace KenpoGraph.Api.Limits;

/// <summary>
/// The last guard on an answer: it counts the values resolved while the operation runs and, past
/// <c>Limits:MaxResponseValues</c>, stops the execution, so the response ends with RESPONSE_TOO_LARGE instead of
/// growing without bound when the data outgrows what the cost estimate assumed (Limits/ListSizes). The serialised
/// bytes are bounded the same way (<c>Limits:MaxResponseBytes</c>, Transport/PooledResponseBuffer).
/// </summary>
internal sealed class ResponseGuard(Microsoft.Extensions.Options.IOptions<LimitOptions> options) : IFieldMiddleware
{
    private const string StateKey = "kenpograph:responseGuard";

    /// <summary>Starts counting for one execution; cancelling <paramref name="stop"/> ends it.</summary>
    public static void Begin(IDictionary<string, object?> userContext, CancellationTokenSource stop) => userContext[StateKey] = new State(stop);

    /// <summary>Whether the execution was stopped for its size.</summary>
    public static bool Tripped(IDictionary<string, object?> userContext) => userContext.TryGetValue(StateKey, out var state) && state is State { Tripped: true };

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var result = await next(context);
        if (context.UserContext.TryGetValue(StateKey, out var value) && value is State state)
        {
            var values = 1L + (result is ICollection collection ? collection.Count : 0);
            if (Interlocked.Add(ref state.Values, values) > options.Value.MaxResponseValues && !state.Tripped)
            {
                state.Tripped = true;
                await state.Stop.CancelAsync();
                context.CancellationToken.ThrowIfCancellationRequested();
            }
        }
        return result;
    }

    private sealed class State(CancellationTokenSource stop)
    {
        public long Values;

        public CancellationTokenSource Stop { get; } = stop;

        public bool Tripped { get; set; }
    }
}
