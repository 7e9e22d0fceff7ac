using GraphQL;

namespace KenpoGraph.Api.Errors;

/// <summary>An error a resolver reports to the client, with its stable code.</summary>
internal sealed class KenpoError : ExecutionError
{
    public KenpoError(string code, string message) : base(message)
    {
        Code = code;
    }
}
