using GraphQL.Types;
using KenpoGraph.Api.Cli;
using KenpoGraph.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace KenpoGraph.Api.Tests.Schema;

public sealed class SchemaContractTests
{
    /// <summary>The SDL is the clients' contract: any change shows up here and is reviewed like code.</summary>
    [Fact]
    public void The_schema_matches_its_snapshot() => Snapshot.Match(SchemaCommand.PrintSchema());

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var services = new ServiceCollection();
        KenpoGraphWebApp.AddGraphQLSchema(services);
        using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<ISchema>();
        schema.Initialize();

        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)
            // Built-in scalars (String, Int, …) are described by the specification; enums derive from ScalarGraphType too.
            && (t is EnumerationGraphType || t is not ScalarGraphType || t.Name is "Date" or "DateTimeOffset" or "Decimal")))
        {
            Check(type.Name, type.Description);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    Check($"{type.Name}.{field.Name}", field.Description);
                    foreach (var argument in field.Arguments ?? [])
                    {
                        Check($"{type.Name}.{field.Name}({argument.Name})", argument.Description);
                    }
                }
            }
            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                {
                    Check($"{type.Name}.{value.Name}", value.Description);
                }
            }
        }
        Assert.Empty(missing);

        void Check(string what, string? description)
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                missing.Add(what);
            }
        }
    }
}
