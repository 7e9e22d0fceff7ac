using System.Text.Json;
using GraphQL.Types;
using KenpoGraph.Api.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace KenpoGraph.Api.Tests.Schema;

public sealed class ExactDecimalGraphTypeTests
{
    [Theory]
    [InlineData("39713000.000000", "39713000")]
    [InlineData("15.0", "15")]
    [InlineData("10.70", "10.7")]
    [InlineData("0.0100", "0.01")]
    [InlineData("-180224.00", "-180224")]
    public void Every_decimal_field_sends_its_value_without_the_stored_scale(string stored, string sent)
    {
        var services = new ServiceCollection();
        services.AddGraphQLSchema();
        using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<ISchema>();
        schema.Initialize();
        var scalar = (ScalarGraphType)schema.AllTypes["Decimal"]!;

        var serialized = scalar.Serialize(decimal.Parse(stored, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(sent, Assert.IsType<decimal>(serialized).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_scalar_sends_every_decimal_with_its_digits_and_no_trailing_zeros()
    {
        var scalar = new ExactDecimalGraphType();
        var random = new Random(20241);
        for (var i = 0; i < 2000; i++)
        {
            // Random digits at a random stored scale, some of them whole numbers written with trailing zeros (909804.000000).
            var value = new decimal(random.Next(), random.Next(), random.Next(0, 1000), random.Next(2) == 0, (byte)random.Next(0, 29));
            var sent = (decimal)scalar.Serialize(value)!;
            var json = JsonSerializer.Serialize(sent);

            Assert.Equal(value, sent);
            Assert.DoesNotContain('E', json);
            Assert.False(json.Contains('.', StringComparison.Ordinal) && json.EndsWith('0'), $"{value} is sent as {json}");
            Assert.Equal(value == decimal.Truncate(value), !json.Contains('.', StringComparison.Ordinal));
        }
        Assert.Equal("39713000", JsonSerializer.Serialize(scalar.Serialize(39713000.000000m)));
        Assert.Equal("0", JsonSerializer.Serialize(scalar.Serialize(-0.00m)));
    }

    [Fact]
    public void Trimming_the_scale_gives_the_same_decimal_as_dividing_by_one_at_the_largest_scale()
    {
        // The division is the reference: it keeps every digit and drops trailing zeros (what the scalar did before).
        var random = new Random(20261203);
        for (var i = 0; i < 20000; i++)
        {
            var high = random.Next(3) switch { 0 => 0, 1 => random.Next(0, 1000), _ => random.Next() };
            var value = new decimal(random.Next(), random.Next(4) == 0 ? 0 : random.Next(), high, random.Next(2) == 0, (byte)random.Next(0, 29));
            var expected = value / 1.000000000000000000000000000000000m;
            var trimmed = ExactDecimalGraphType.WithoutTrailingZeros(value);

            Assert.Equal(expected, trimmed);
            Assert.Equal(expected.Scale, trimmed.Scale);
            Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), trimmed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.Equal("1000", ExactDecimalGraphType.WithoutTrailingZeros(1000.000m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0", ExactDecimalGraphType.WithoutTrailingZeros(-0.000m).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
