namespace KenpoGraph.Api.Errors;

/// <summary>
/// The stable <c>extensions.code</c> values every error carries. Clients may branch on these; they are
/// documented in the README and never renamed.
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

    /// <summary>A fiscal year the warehouse does not hold.</summary>
    public const string UnknownFiscalYear = "UNKNOWN_FISCAL_YEAR";

    /// <summary>The warehouse cannot be read (nothing published, file missing or corrupt).</summary>
    public const string WarehouseUnavailable = "WAREHOUSE_UNAVAILABLE";

    /// <summary>An incentive results year cannot be ranked: a branch lacks an indicator value or its premium base (the message names both).</summary>
    public const string IncentiveDataIncomplete = "INCENTIVE_DATA_INCOMPLETE";

    /// <summary>Anything unexpected; details are logged on the server, never sent.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
