using KenpoGraph.Api.Caching;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Limits;
using KenpoGraph.Api.PersistedOperations;
using KenpoGraph.Api.Transport;
using KenpoGraph.Api.Validation;
using Microsoft.Extensions.Options;

namespace KenpoGraph.Api.Subscriptions;

/// <summary>
/// Runs one operation for a streaming transport (graphql-sse, graphql-transport-ws) with the HTTP endpoint's rules:
/// persisted operations, the line-length guard, the cost, depth, alias and field limits (Limits/OperationLimitsRule) and
/// introspection switch on the document. A subscription answers with its streams; a query with its one result.
/// </summary>
internal sealed class SubscriptionExecution(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    PersistedOperationStore persistedOperations,
    IOptions<LimitOptions> limits,
    OperationLimitsRule limitsRule,
    IAccessScopeResolver scopes)
{
    private readonly IValidationRule[] _perRequestRules = limits.Value.Introspection
        ? [limitsRule]
        : [limitsRule, NoIntrospectionValidationRule.Instance];

    /// <summary>The result: <see cref="ExecutionResult.Streams"/> set for a subscription that started, else one answer (with errors when refused).</summary>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLHttpRequest request, IServiceProvider services, SubscriberIdentity identity, CancellationToken cancellationToken)
    {
        ResolvedOperation operation;
        try
        {
            // APQ documents are the subscriber's client's own, as on the HTTP endpoint (Caching/AccessScope.Partition).
            operation = persistedOperations.Resolve(request.Query, request.Extensions, scopes.Resolve(identity.Request).Partition);
            DocumentLineLength.Ensure(operation.Query);
        }
        catch (KenpoError error)
        {
            return new ExecutionResult { Errors = [error] };
        }
        var userContext = new Dictionary<string, object?> { [EventScopedSubscriptionStrategy.IdentityKey] = identity };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ResponseGuard.Begin(userContext, stop, limits.Value.MaxResponseValues);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = operation.Query,
            OperationName = request.OperationName,
            Variables = request.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) : null,
            Extensions = request.Extensions is { } extensions ? serializer.ReadNode<Inputs>(extensions) : null,
            RequestServices = services,
            User = identity.Request.User,
            // The streams outlive this call; each event gets its own token from the transport's (EventScopedSubscriptionStrategy).
            CancellationToken = cancellationToken,
            UserContext = userContext,
            ValidationRules = [.. DocumentValidator.CoreRules, .. _perRequestRules],
            CachedDocumentValidationRules = _perRequestRules,
            Timeout = TimeSpan.FromSeconds(limits.Value.ExecutionTimeoutSeconds),
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
        });
        if (result.Executed)
        {
            persistedOperations.Remember(operation);
        }
        return result;
    }

    /// <summary>One result as JSON bytes, bounded like an HTTP answer (Limits:MaxResponseBytes).</summary>
    public async Task<byte[]> SerializeAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        var body = new PooledResponseBuffer(limits.Value.MaxResponseBytes);
        try
        {
            await serializer.WriteAsync(body, result, cancellationToken);
        }
        catch (ResponseTooLargeException tooLarge)
        {
            body.Dispose();
            body = new PooledResponseBuffer();
            await serializer.WriteAsync(body, ResponseGuard.TooLargeAnswer(
                $"The event is larger than {tooLarge.MaxBytes:N0} bytes (Limits:MaxResponseBytes) and was not sent; select fewer fields."), cancellationToken);
        }
        using var written = body;
        return body.Written.ToArray();
    }

    /// <summary>Errors as the graphql-transport-ws `error` message's payload (a list of GraphQL errors).</summary>
    public async Task<byte[]> SerializeErrorsAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        var whole = await SerializeAsync(new ExecutionResult { Errors = result.Errors }, cancellationToken);
        using var document = System.Text.Json.JsonDocument.Parse(whole);
        return System.Text.Encoding.UTF8.GetBytes(document.RootElement.GetProperty("errors").GetRawText());
    }
}

/// <summary>Open subscription connections per client (Subscriptions:MaxConnectionsPerClient).</summary>
internal sealed class SubscriberConnections(IOptions<SubscriptionOptions> options)
{
    private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>A slot for one more connection of <paramref name="client"/>, or null when it holds its limit; dispose it when the connection ends.</summary>
    public IDisposable? TryOpen(string client)
    {
        lock (_gate)
        {
            var open = _open.GetValueOrDefault(client);
            if (open >= options.Value.MaxConnectionsPerClient)
            {
                return null;
            }
            _open[client] = open + 1;
        }
        return new Slot(this, client);
    }

    public KenpoError Refusal() => new(ErrorCodes.TooManyConnections,
        $"This client already holds {options.Value.MaxConnectionsPerClient} open subscription connections (Subscriptions:MaxConnectionsPerClient); close one, or run several subscriptions on " +
            $"one WebSocket.",
        new Dictionary<string, object?> { ["limit"] = options.Value.MaxConnectionsPerClient });

    private void Close(string client)
    {
        lock (_gate)
        {
            if (--_open[client] == 0)
            {
                _open.Remove(client);
            }
        }
    }

    private sealed class Slot(SubscriberConnections owner, string client) : IDisposable
    {
        private int _closed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                owner.Close(client);
            }
        }
    }
}
