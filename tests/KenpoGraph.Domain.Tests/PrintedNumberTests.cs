using KenpoGraph.Domain.Figures;

namespace KenpoGraph.Domain.Tests;

public sealed class PrintedNumberTests
{
    [Theory]
    [InlineData("39,713", 39713)]
    [InlineData("309,015", 309015)]
    [InlineData("215", 215)]
    [InlineData("65.6", 65.6)]
    [InlineData("▲0.4", -0.4)] // seed 004 L72 prints negative growth with ▲
    [InlineData("△2.5", -2.5)]
    [InlineData("-5", -5)]
    [InlineData("１２,３４５", 12345)] // full-width digits
    [InlineData("10.7%", 10.7)]
    [InlineData("0", 0)]
    public void Reads_numbers_as_printed(string printed, double expected)
    {
        Assert.True(PrintedNumber.TryParse(printed, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("-")] // the sources' "no amount" is not a number
    [InlineData("12,34")]
    [InlineData("1,2345")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1e5")]
    [InlineData("3,971万")]
    public void Refuses_anything_else(string printed) => Assert.False(PrintedNumber.TryParse(printed, out _));
}
