using System.Globalization;
using KenpoGraph.Api.Errors;

namespace KenpoGraph.Api.Validation;

/// <summary>
/// Refuses a document with a line longer than <see cref="MaxCharacters"/> before the parser sees it. The parser
/// (GraphQL-Parser 9.5) writes every syntax error's message by padding to the error's column in a loop whose cost
/// grows with the square of the column: an error 80,000 characters into one line took 3 s, 1.5 million characters
/// minutes and gigabytes (found by the hostile-input fuzzer). At this bound the worst case stays near 0.1 s, and
/// documents as people and tools write them, lines of a few hundred characters, are untouched.
/// </summary>
internal static class DocumentLineLength
{
    public const int MaxCharacters = 20_000;

    /// <exception cref="KenpoError">GRAPHQL_PARSE_FAILED, naming the line.</exception>
    public static void Ensure(string document)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i <= document.Length; i++)
        {
            // GraphQL's line terminators: \n, \r\n and a lone \r.
            var end = i == document.Length || document[i] == '\n' || (document[i] == '\r' && (i + 1 == document.Length || document[i + 1] != '\n'));
            if (!end)
            {
                continue;
            }
            if (i - start > MaxCharacters)
            {
                throw new KenpoError(ErrorCodes.ParseFailed, string.Create(CultureInfo.InvariantCulture,
                    $"Line {line} of the document is {i - start:N0} characters long; lines of at most {MaxCharacters:N0} are parsed. Break it into lines (GraphQL ignores line breaks between " +
                        $"tokens)."));
            }
            line++;
            start = i + 1;
        }
    }
}
