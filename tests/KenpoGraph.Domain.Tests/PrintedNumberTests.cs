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
    [InlineData("＋185", 185)] // seed 000 L852: a change against last year
    [InlineData("+91", 91)]
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

    [Theory]
    [InlineData("-")]
    [InlineData("－")]
    [InlineData("―")]
    public void Dashes_are_no_amount(string printed) => Assert.True(PrintedNumber.IsNoAmount(printed));

    [Theory]
    [InlineData("2,391", "0.5")]
    [InlineData("2,030.8", "0.05")]
    [InlineData("0.156", "0.0005")]
    public void The_rounding_half_step_follows_the_last_printed_digit(string printed, string halfStep) =>
        Assert.Equal(decimal.Parse(halfStep, System.Globalization.CultureInfo.InvariantCulture), PrintedNumber.RoundingHalfStep(printed));
}
