namespace KenpoGraph.Api.Limits;

/// <summary>
/// The <c>Limits</c> configuration section: how much one request may ask of the server. The defaults let Banana
/// Cake Pop's introspection (depth 15, about 220 fields) and the dashboards' pages of 1,000 rows through.
/// </summary>
internal sealed class LimitOptions
{
    public const string Section = "Limits";

    /// <summary>Largest POST body accepted (413 above it): far above any hand-written document, far below a flood.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Deepest nesting of fields (a leaf field at the top is depth 1).</summary>
    public int MaxDepth { get; set; } = 20;

    /// <summary>Most aliased fields in one operation, fragments counted wherever they are spread.</summary>
    public int MaxAliases { get; set; } = 50;

    /// <summary>Most fields in one operation, fragments counted wherever they are spread.</summary>
    public int MaxFields { get; set; } = 1000;

    /// <summary>Highest cost (Telemetry/OperationCost: a list's selection multiplied by its page size, the default page size where none is given).</summary>
    public long MaxCost { get; set; } = 50_000;

    /// <summary>HotChocolate's default for how many ids one <c>nodes(ids:)</c> may fetch.</summary>
    public const int DefaultMaxNodeBatchSize = 50;

    /// <summary>Most ids one <c>nodes(ids:)</c> call may fetch (HotChocolate's MaxAllowedNodeBatchSize); they are loaded in one statement per type.</summary>
    public int MaxNodeBatchSize { get; set; } = DefaultMaxNodeBatchSize;

    /// <summary>Most values (fields and list items) one response may resolve before it is stopped with RESPONSE_TOO_LARGE: twice the cost limit, whose estimate bounds them.</summary>
    public long MaxResponseValues { get; set; } = 100_000;

    /// <summary>Largest serialised response before it is replaced by RESPONSE_TOO_LARGE (16 MiB).</summary>
    public int MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Longest an operation may execute before it is stopped (504).</summary>
    public double ExecutionTimeoutSeconds { get; set; } = 30;

    /// <summary>Whether __schema and __type may be queried. On by default: Banana Cake Pop and codegen tools need it.</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>Requests per client and window (429 with Retry-After above it).</summary>
    public RateLimitOptions RateLimit { get; set; } = new();
}

/// <summary>
/// <c>Limits:RateLimit</c>: a fixed window per client, keyed by the token's client id (azp or appid) or, without a
/// token, by the remote address (behind a proxy, set ASPNETCORE_FORWARDEDHEADERS_ENABLED=true so it is the caller's).
/// </summary>
internal sealed class RateLimitOptions
{
    /// <summary>Requests allowed per window; 0 switches rate limiting off.</summary>
    public int PermitLimit { get; set; } = 600;

    public double WindowSeconds { get; set; } = 60;
}
