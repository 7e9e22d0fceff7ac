using GraphQL;

namespace KenpoGraph.Api.Errors;

/// <summary>An error a resolver or the transport reports to the client, with its stable code.</summary>
internal sealed class KenpoError : ExecutionError, IStableError
{
    public KenpoError(string code, string message, IReadOnlyDictionary<string, object?>? details = null) : base(message)
    {
        Code = code;
        Details = details;
    }

    public string StableCode => Code!;

    public IReadOnlyDictionary<string, object?>? Details { get; }
}
