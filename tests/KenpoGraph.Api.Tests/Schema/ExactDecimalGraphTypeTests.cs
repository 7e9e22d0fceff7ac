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
}
