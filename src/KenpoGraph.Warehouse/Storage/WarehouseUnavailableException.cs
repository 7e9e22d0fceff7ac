namespace KenpoGraph.Warehouse.Storage;

/// <summary>The published warehouse cannot be read (missing, unreadable or corrupt).</summary>
public sealed class WarehouseUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
