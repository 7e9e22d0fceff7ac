using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQLParser.Exceptions;
using GraphQL.Validation.Errors.Custom;
using KenpoGraph.Warehouse.Storage;

namespace KenpoGraph.Api.Errors;

/// <summary>
/// Shapes every error for the client: a message, locations and path, and <c>extensions.code</c> from
/// <see cref="ErrorCodes"/>. Exception details and stack traces never leave the server.
/// </summary>
internal sealed class KenpoErrorInfoProvider : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var (code, message) = Classify(executionError);
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (executionError is IStableError { Details: { } details })
        {
            foreach (var (name, value) in details)
            {
                extensions[name] = value;
            }
        }
        else if (executionError is ValidationError validation && validation is not InvalidVariableError and not NoIntrospectionError)
        {
            // Which validation rule failed and where the GraphQL specification defines it (FIELDS_ON_CORRECT_TYPE, 5.3.1).
            extensions["rule"] = validation.Code;
            extensions["specSection"] = validation.Number;
        }
        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    public static string CodeOf(ExecutionError error) => Classify(error).Code;

    private static (string Code, string Message) Classify(ExecutionError error) => error switch
    {
        IStableError known => (known.StableCode, error.Message),
        NoIntrospectionError => (ErrorCodes.IntrospectionDisabled, "Introspection is switched off on this server (Limits:Introspection)."),
        TimeoutError => (ErrorCodes.ExecutionTimeout, "The operation took longer than this server allows (Limits:ExecutionTimeoutSeconds) and was stopped."),
        SyntaxError => (ErrorCodes.ParseFailed, error.Message),
        // GraphQL.NET turns only syntax errors into SyntaxError; the parser's depth guard (128 levels) arrives
        // as an unhandled exception, but is the client's document all the same (found by the hostile-input fuzzer).
        _ when error.InnerException is GraphQLMaxDepthExceededException depth => (ErrorCodes.ParseFailed,
            $"The document nests deeper than the parser allows (128 levels) at line {depth.Location.Line}, column {depth.Location.Column}; flatten it."),
        _ when error.InnerException is GraphQLParserException parse => (ErrorCodes.ParseFailed,
            $"{parse.Description.TrimEnd('.')} at line {parse.Location.Line}, column {parse.Location.Column}."),
        InvalidVariableError => (ErrorCodes.InvalidVariable, error.Message),
        GetOperationsOnlyError => (ErrorCodes.MethodNotAllowed, error.Message),
        ValidationError => (ErrorCodes.ValidationFailed, error.Message),
        NoOperationError or InvalidOperationNameError or NoOperationNameError or InvalidOperationError => (ErrorCodes.OperationNotFound, error.Message),
        // Numbers the client chose that no decimal or integer can hold once combined (an incentive simulation's delta
        // added to the recorded value, 7.9e28 standardised against the other branches): the client's arguments, not a
        // bug (issue 16). Arithmetic on numbers from the warehouse alone cannot come near these ranges.
        _ when error.InnerException is OverflowException => (ErrorCodes.InvalidArgument,
            "A number in the arguments is too large for the calculation it takes part in (a Decimal holds 28 to 29 significant digits); use smaller values."),
        // A storage fault (file missing, unreadable or corrupt; server unreachable) is the warehouse's state, not a bug.
        _ when WarehouseFaults.FindUnavailable(error) is { } fault => (ErrorCodes.WarehouseUnavailable, fault is WarehouseUnavailableException unavailable
            ? unavailable.ClientMessage
            : "The warehouse could not be read. Try again shortly; the operators see the cause at /readyz."),
        _ => (ErrorCodes.InternalServerError, "An unexpected error occurred. It has been logged on the server."),
    };
}
