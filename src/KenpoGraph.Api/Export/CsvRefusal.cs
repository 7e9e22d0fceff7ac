using GraphQL;
using KenpoGraph.Api.Errors;

namespace KenpoGraph.Api.Export;

/// <summary>
/// The status of an answer with errors to a request for text/csv, which is sent as the GraphQL JSON
/// (application/graphql-response+json), never as half a table. A request error keeps the status that media type gives
/// it (400, 405, 504 …); an answer with field errors, 200 in JSON, is not a success here, because a spreadsheet reading
/// the body as CSV would import the error as rows: 503 or 500 when the server could not answer, 403 when the caller may
/// not see what was asked, else 400 (docs/bi-developers.md "Exports: CSV").
/// </summary>
internal static class CsvRefusal
{
    public static int StatusOfFieldErrors(IEnumerable<ExecutionError> errors)
    {
        var codes = errors.Select(KenpoErrorInfoProvider.CodeOf).ToHashSet();
        return codes.Contains(ErrorCodes.WarehouseUnavailable) ? StatusCodes.Status503ServiceUnavailable
            : codes.Contains(ErrorCodes.InternalServerError) ? StatusCodes.Status500InternalServerError
            : codes.Overlaps([ErrorCodes.InsufficientScope, ErrorCodes.BranchNotVisible, ErrorCodes.DisclosureWithheld]) ? StatusCodes.Status403Forbidden
            : StatusCodes.Status400BadRequest;
    }
}
