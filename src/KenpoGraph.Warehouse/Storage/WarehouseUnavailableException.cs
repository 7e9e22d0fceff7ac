namespace KenpoGraph.Warehouse.Storage;

/// <summary>
/// The published warehouse cannot be read (nothing published, the file missing, unreadable or corrupt).
/// <see cref="Exception.Message"/> is for operators (/readyz, logs) and may name paths;
/// <see cref="ClientMessage"/> is what a GraphQL client is told, without the server's file layout.
/// </summary>
public sealed class WarehouseUnavailableException(string message, Exception? inner = null, string? clientMessage = null)
    : Exception(message, inner)
{
    public string ClientMessage { get; } = clientMessage ?? message;
}
