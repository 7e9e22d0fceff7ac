namespace KenpoGraph.Api.Errors;

/// <summary>
/// An error that names its own stable code and may add details for the client (a limit and the measured value,
/// the permission a field needs), whatever GraphQL.NET error class it has to derive from.
/// </summary>
internal interface IStableError
{
    string StableCode { get; }

    /// <summary>Extra members of <c>extensions</c>, e.g. { "limit": 20, "actual": 41 }.</summary>
    IReadOnlyDictionary<string, object?>? Details { get; }
}
