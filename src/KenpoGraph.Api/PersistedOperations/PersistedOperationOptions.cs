namespace KenpoGraph.Api.PersistedOperations;

/// <summary>Which documents the endpoint accepts.</summary>
internal enum PersistedOperationMode
{
    /// <summary>Any document, and Automatic Persisted Queries: a hash registers on first use and then stands in for its text.</summary>
    Automatic,

    /// <summary>Only the registered operations (db/operations/*.graphql), by text or by hash; nothing registers at run time.</summary>
    AllowList,
}

/// <summary>The <c>PersistedOperations</c> configuration section.</summary>
internal sealed class PersistedOperationOptions
{
    public const string Section = "PersistedOperations";

    public PersistedOperationMode Mode { get; set; } = PersistedOperationMode.Automatic;

    /// <summary>Folder of registered operations, one *.graphql file each; null = db/operations above the program.</summary>
    public string? Directory { get; set; }

    /// <summary>How many hashes APQ remembers; least recently used ones are dropped (clients then resend the text).</summary>
    public int MaxAutomaticOperations { get; set; } = 10_000;

    /// <summary>Bound on the bytes APQ keeps (each document's text as UTF-16 and its entry); a hash registers only once its document parsed and validated.</summary>
    public int AutomaticOperationMegabytes { get; set; } = 16;
}
