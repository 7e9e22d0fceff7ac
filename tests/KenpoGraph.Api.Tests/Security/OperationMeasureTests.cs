using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>What the limits measure: depth, aliases and fields as written (fragments wherever spread), and the cost with the schema's paging.</summary>
public sealed class OperationMeasureTests
{
    private static readonly ISchema Schema = BuildSchema();

    private static OperationMeasures Measure(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var document = Parser.Parse(query);
        return OperationCost.Measure(document, document.Definitions.OfType<GraphQLOperationDefinition>().Single(), variables,
            new OperationCost.Paging(Schema, 50));
    }

    [Fact]
    public void Depth_aliases_and_fields_count_fragments_where_they_are_spread()
    {
        var measured = Measure("""
            { a: branch(code: "19") { ...U region { code } } b: headquarters { ...U } }
            fragment U on OrgUnit { code n: nameJa }
            """);
        Assert.Equal(3, measured.Depth); // branch → region → code
        Assert.Equal(4, measured.Aliases); // a, b, and n twice
        Assert.Equal(8, measured.Fields); // branch, code, nameJa, region, code; headquarters, code, nameJa
    }

    [Fact]
    public void A_paged_field_without_a_page_size_costs_the_default_page()
    {
        // 1 + 50 × (nodes 1 + 2); without the schema it would be the lower bound 1 + 1 × 3.
        Assert.Equal(151, Measure("{ kpiTargets { nodes { code threshold } } }").Cost);
        Assert.Equal(1 + 10 * 3, Measure("{ kpiTargets(first: 10) { nodes { code threshold } } }").Cost);
        Assert.Equal(1 + 7 * 3, Measure("query ($n: Int) { kpiTargets(last: $n) { nodes { code threshold } } }", new Dictionary<string, object?> { ["n"] = 7 }).Cost);
    }

    [Fact]
    public void A_list_that_is_not_paged_counts_once_even_when_its_name_is_paged_elsewhere()
    {
        // SourceDocument.plans is a plain list; Query.plans is paged.
        Assert.Equal(1 + 1 + 1, Measure("{ documents { plans { code } } }").Cost);
        Assert.Equal(1 + 50 * 2, Measure("{ plans { nodes { code } } }").Cost);
    }

    [Fact]
    public void A_fragment_fan_out_is_measured_in_linear_time_and_saturates()
    {
        var fragments = string.Join('\n', Enumerable.Range(0, 70).Select(i => $"fragment F{i} on OrgUnit {{ ...F{i + 1} ... on OrgUnit {{ ...F{i + 1} }} }}"));
        var measured = Measure($$"""{ headquarters { ...F0 } } {{fragments}} fragment F70 on OrgUnit { code }""");
        Assert.Equal(long.MaxValue, measured.Fields);
        Assert.Equal(2, measured.Depth);
    }

    private static ISchema BuildSchema()
    {
        var services = new ServiceCollection();
        services.AddGraphQLSchema();
        var schema = services.BuildServiceProvider().GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }
}
