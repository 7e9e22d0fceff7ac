using GraphQL;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;
using KenpoGraph.Api.Access;
using KenpoGraph.Api.Limits;

namespace KenpoGraph.Api.Subscriptions;

/// <summary>
/// Runs a subscription. Each event's selection is executed like a query of its own: in a fresh service scope (its own
/// <c>RequestWarehouse</c>, pinned to the version current when the event is made and row-filtered; its own loaders),
/// whose caller acts as the subscriber (<see cref="SubscriberIdentity"/>), with the query strategy (serially, fields collected once, values counted), and under the same
/// answer-size guard. So every rule queries obey applies to events without code of its own here.
/// </summary>
internal sealed class EventScopedSubscriptionStrategy(Microsoft.Extensions.Options.IOptions<LimitOptions> limits)
    : SubscriptionExecutionStrategy(new Schema.QueryExecutionStrategy())
{
    public const string IdentityKey = "kenpograph:subscriber";

    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        if (context.UserContext.TryGetValue(IdentityKey, out var found) is false || found is not SubscriberIdentity identity)
        {
            // Not opened by a subscription transport (Subscriptions/): nothing to act as, so nothing is read.
            throw new InvalidOperationException("A subscription event without its subscriber.");
        }
        await using var scope = context.RequestServices!.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestCaller>().ActAs(identity.Request);
        var outside = context.CancellationToken;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(outside);
        var userContext = new Dictionary<string, object?>(context.UserContext);
        ResponseGuard.Begin(userContext, stop, limits.Value.MaxResponseValues);
        context.RequestServices = scope.ServiceProvider;
        context.UserContext = userContext;
        context.CancellationToken = stop.Token;
        var result = await base.ProcessDataAsync(context, node, value);
        // The guard stops an event past the bound by cancelling it, which the base strategy answers with a generic
        // "operation was canceled" error: this event alone grew too large, so it is RESPONSE_TOO_LARGE, as over HTTP, and
        // the subscription goes on to the next event.
        return ResponseGuard.Tripped(userContext) && !outside.IsCancellationRequested ? ResponseGuard.StoppedAnswer(limits.Value.MaxResponseValues) : result;
    }
}
