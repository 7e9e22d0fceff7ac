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
        // No line of a document this short can be too long: the common case skips the scan (it was ~3 % of a cached answer).
        if (document.Length <= MaxCharacters)
        {
            return;
        }
        var text = document.AsSpan();
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            // GraphQL's line terminators: \n, \r\n and a lone \r.
            var found = text[start..].IndexOfAny('\n', '\r');
            var crlf = found >= 0 && text[start + found] == '\r' && start + found + 1 < text.Length && text[start + found + 1] == '\n';
            // A \r\n line ends at its \n, so its \r counts as one of its characters (as it always has).
            var end = found < 0 ? text.Length : start + found + (crlf ? 1 : 0);
            if (end - start > MaxCharacters)
            {
                throw new KenpoError(ErrorCodes.ParseFailed, string.Create(CultureInfo.InvariantCulture,
                    $"Line {line} of the document is {end - start:N0} characters long; lines of at most {MaxCharacters:N0} are parsed. Break it into lines (GraphQL ignores line breaks between " +
                        $"tokens)."));
            }
            if (found < 0)
            {
                return;
            }
            line++;
            start = end + 1;
        }
    }
}
