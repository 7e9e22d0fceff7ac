using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Validation;

namespace KenpoGraph.Api.Tests.Validation;

/// <summary>
/// The line-length guard in front of the parser: lines are counted with GraphQL's three terminators, a document
/// short enough to hold no long line is let through without a scan, and the refusal names the line and its length.
/// </summary>
public sealed class DocumentLineLengthTests
{
    private const int Max = DocumentLineLength.MaxCharacters;

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Many_lines_each_within_the_bound_pass_whatever_the_terminator(string terminator)
    {
        DocumentLineLength.Ensure(string.Join(terminator, new string('a', Max - 1), new string('b', Max - 1), new string('c', Max)));
    }

    [Theory]
    [InlineData("\n", 2)]
    [InlineData("\r", 2)]
    [InlineData("\r\n", 2)]
    public void A_long_line_after_short_ones_is_refused_by_its_number(string terminator, int expectedLine)
    {
        var document = string.Join(terminator, "{ a }", new string('x', Max + 5), "{ b }");

        var refused = Assert.Throws<KenpoError>(() => DocumentLineLength.Ensure(document));

        Assert.Equal(ErrorCodes.ParseFailed, refused.Code);
        // A \r\n line's length counts its \r, as the guard always has.
        var length = Max + 5 + (terminator == "\r\n" ? 1 : 0);
        Assert.StartsWith($"Line {expectedLine} of the document is {length:N0} characters long;", refused.Message);
    }

    [Fact]
    public void The_last_line_is_checked_too()
    {
        var refused = Assert.Throws<KenpoError>(() => DocumentLineLength.Ensure("{ a }\n\n" + new string('x', Max + 1)));

        Assert.StartsWith($"Line 3 of the document is {Max + 1:N0} characters long;", refused.Message);
    }

    [Fact]
    public void A_crlf_line_at_exactly_the_bound_including_its_cr_passes_and_one_more_character_does_not()
    {
        DocumentLineLength.Ensure(new string('a', Max - 1) + "\r\n" + new string('b', 10));
        Assert.Throws<KenpoError>(() => DocumentLineLength.Ensure(new string('a', Max) + "\r\n" + new string('b', 10)));
    }
}
