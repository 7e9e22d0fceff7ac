using GraphQL.Types;
using KenpoGraph.Api.Cli;
using KenpoGraph.Api.Schema;
using KenpoGraph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KenpoGraph.Api.Tests.Schema;

public sealed class SchemaContractTests
{
    /// <summary>
    /// The SDL is the clients' contract, committed as schema.graphql at the repository root: any change
    /// shows up in review, and .ci/schema-compatibility refuses breaking ones that are not marked.
    /// </summary>
    [Fact]
    public void The_committed_schema_graphql_matches_the_printed_schema()
    {
        var committed = Path.Combine(SeedWorkspace.RepositoryRoot, "schema.graphql");
        var printed = SchemaCommand.PrintSchema();
        Assert.True(File.Exists(committed) && File.ReadAllText(committed) == printed,
            "schema.graphql differs from the schema the code prints. If the change is intended, update it with\n" +
            "  dotnet run --project src/KenpoGraph.Api --no-launch-profile -- schema > schema.graphql\n" +
            "review the diff and commit it (after a merge, regenerating it is all that is needed). `bash .ci/run` then " +
            "checks it for breaking changes; see CONTRIBUTING.md, \"Schema contract\".");
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var services = new ServiceCollection();
        services.AddGraphQLSchema();
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
