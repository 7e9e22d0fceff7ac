namespace KenpoGraph.Api.Errors;

/// <summary>
/// The stable <c>extensions.code</c> values every error carries. Clients may branch on these; they are
/// documented in docs/endpoint.md ("Error codes") and never renamed.
/// </summary>
internal static class ErrorCodes
{
    /// <summary>The HTTP request is not a GraphQL-over-HTTP request (bad JSON, no query, wrong parameter types).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The body's media type is not application/json.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The Accept header allows no media type the server can send.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>A mutation over GET, or an HTTP method the endpoint does not serve.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document does not validate against the schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>A variable is missing or has the wrong type.</summary>
    public const string InvalidVariable = "INVALID_VARIABLE";

    /// <summary>operationName names no operation, or several operations and no name were given.</summary>
    public const string OperationNotFound = "OPERATION_NOT_FOUND";

    /// <summary>APQ: the request names a document by its hash, and the server does not know that hash (resend with the query).</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>APQ: the query's SHA-256 is not the hash sent with it.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>Allow-list mode: the document is not one of the registered operations.</summary>
    public const string PersistedQueryNotAllowed = "PERSISTED_QUERY_NOT_ALLOWED";

    /// <summary>An argument is well-typed but not acceptable (e.g. fromYear after toYear, a bad 和暦 label).</summary>
    public const string InvalidArgument = "INVALID_ARGUMENT";

    /// <summary>A filter operand is null where it has no meaning (contains: null, gt: null, eq: null on a field that is never null); HotChocolate's HC0026.</summary>
    public const string FilterNullNotSupported = "FILTER_NULL_NOT_SUPPORTED";

    /// <summary>A fiscal year the warehouse does not hold.</summary>
    public const string UnknownFiscalYear = "UNKNOWN_FISCAL_YEAR";

    /// <summary>The warehouse cannot be read (nothing published, file missing or corrupt).</summary>
    public const string WarehouseUnavailable = "WAREHOUSE_UNAVAILABLE";

    /// <summary>An incentive results year cannot be ranked: a branch lacks an indicator value or its premium base (the message names both).</summary>
    public const string IncentiveDataIncomplete = "INCENTIVE_DATA_INCOMPLETE";

    /// <summary>No bearer token, and anonymous callers may not read (Auth:AnonymousScopes lacks Kenpo.Read): 401.</summary>
    public const string AuthenticationRequired = "AUTHENTICATION_REQUIRED";

    /// <summary>The bearer token was refused: expired, not yet valid, wrong audience, issuer or tenant, bad signature, unsigned, malformed: 401.</summary>
    public const string InvalidToken = "INVALID_TOKEN";

    /// <summary>The caller lacks a permission: Kenpo.Read for any query (403), Kenpo.Finance.Read for budget fields (a field error).</summary>
    public const string InsufficientScope = "INSUFFICIENT_SCOPE";

    /// <summary>
    /// An aggregate withheld by disclosure control: with the branches the token may see, it would reveal a hidden branch's
    /// value. A roll-up row says so in withheld/withheldCode; a non-null aggregate (the incentive pool) is a field error.
    /// </summary>
    public const string DisclosureWithheld = "DISCLOSURE_WITHHELD";

    /// <summary>A non-null field leads to an object of a branch the caller may not see (Visibility/VisibilityGuard).</summary>
    public const string BranchNotVisible = "BRANCH_NOT_VISIBLE";

    /// <summary>The request body is larger than Limits:MaxRequestBodyBytes: 413.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The request (its body) did not arrive within the request's deadline, or slower than Kestrel's minimum data rate: 408.</summary>
    public const string RequestTimeout = "REQUEST_TIMEOUT";

    /// <summary>The operation nests fields deeper than Limits:MaxDepth.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The operation uses more aliases than Limits:MaxAliases.</summary>
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";

    /// <summary>The operation selects more fields than Limits:MaxFields (fragments counted wherever they are spread).</summary>
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";

    /// <summary>The operation's cost (lists multiplied by their page size) is above Limits:MaxCost.</summary>
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";

    /// <summary>The answer grew past Limits:MaxResponseValues or Limits:MaxResponseBytes while it was made; it is not sent.</summary>
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";

    /// <summary>Introspection (__schema, __type) is switched off (Limits:Introspection=false).</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>Execution took longer than Limits:ExecutionTimeoutSeconds: 504.</summary>
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";

    /// <summary>The client sent more requests than Limits:RateLimit allows in its window: 429 with Retry-After.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>Anything unexpected; details are logged on the server, never sent.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The server is shutting down: the request was not started (retry; another replica answers).</summary>
    public const string ShuttingDown = "SHUTTING_DOWN";
    /// <summary>A subscription sent as a plain HTTP request: it needs Accept: text/event-stream (graphql-sse) or a WebSocket (graphql-transport-ws).</summary>
    public const string SubscriptionNeedsStream = "SUBSCRIPTION_NEEDS_STREAM";

    /// <summary>The client already holds Subscriptions:MaxConnectionsPerClient open subscription connections: 429.</summary>
    public const string TooManyConnections = "TOO_MANY_CONNECTIONS";

    /// <summary>A WebSocket already runs Subscriptions:MaxSubscriptionsPerConnection operations: the new one is refused with an error message.</summary>
    public const string TooManySubscriptions = "TOO_MANY_SUBSCRIPTIONS";

    /// <summary>A subscriber read its events slower than they came (Subscriptions:MaxQueuedEvents, WriteTimeoutSeconds): its connection is closed.</summary>
    public const string SubscriberTooSlow = "SUBSCRIBER_TOO_SLOW";

    /// <summary>A WebSocket message that breaks graphql-transport-ws (not JSON, unknown type, missing id or payload): closed with 4400.</summary>
    public const string ProtocolViolation = "PROTOCOL_VIOLATION";

    /// <summary>A WebSocket sent no connection_init within Subscriptions:ConnectionInitTimeoutSeconds: closed with 4408.</summary>
    public const string ConnectionInitTimeout = "CONNECTION_INIT_TIMEOUT";

    /// <summary>aggregate's custom groups cannot be used: none, overlapping, an unknown branch, a repeated or empty code, or GROUP without groups.</summary>
    public const string AggregateGroupsInvalid = "AGGREGATE_GROUPS_INVALID";

    /// <summary>aggregate would read more branch-level rows, or compute more groups × measures, than its caps allow.</summary>
    public const string AggregateTooLarge = "AGGREGATE_TOO_LARGE";

    /// <summary>text/csv was asked for, and the operation's answer is not one table (no list, several, or a list inside the rows).</summary>
    public const string CsvNotTabular = "CSV_NOT_TABULAR";
}
