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
    public void A_paged_field_without_a_page_size_costs_the_default_page_of_its_sized_fields()
    {
        // As HotChocolate's @listSize(slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"]): the page size
        // multiplies nodes' selection, not the connection's: 1 + (nodes 1 + 50 × 2); without the schema, the lower bound 1 + 1 × 3.
        Assert.Equal(1 + 1 + 50 * 2, Measure("{ kpiTargets { nodes { code threshold } } }").Cost);
        Assert.Equal(1 + 1 + 10 * 2, Measure("{ kpiTargets(first: 10) { nodes { code threshold } } }").Cost);
        Assert.Equal(1 + 1 + 7 * 2, Measure("query ($n: Int) { kpiTargets(last: $n) { nodes { code threshold } } }", new Dictionary<string, object?> { ["n"] = 7 }).Cost);
        // A variable the request leaves out takes its default, as execution does.
        Assert.Equal(1 + 1 + 900 * 2, Measure("query ($n: Int = 900) { kpiTargets(first: $n) { nodes { code threshold } } }").Cost);
        // totalCount and pageInfo are one each, whatever the page size.
        Assert.Equal(1 + 1 + (1 + 1) + (1 + 1000 * 1), Measure("{ kpiTargets(first: 1000) { totalCount pageInfo { hasNextPage } edges { cursor } } }").Cost);
    }

    [Fact]
    public void Every_list_is_sized_plain_lists_by_their_declared_size_and_nested_entity_lists_per_chain()
    {
        // Was: a list without first/last counted once, so nested lists multiplied nothing (issue 16).
        Assert.Equal(1 + 47 * 1, Measure("{ branches { code } }").Cost);
        // membership without a year range: the 30 fiscal years a warehouse holds at most.
        Assert.Equal(1 + 47 * (1 + 30 * (1 + 1)), Measure("{ branches { membership { insured { value } } } }").Cost);
        Assert.Equal(1 + 47 * (1 + 2 * (1 + 1)), Measure("{ branches { membership(fromYear: 2023, toYear: 2024) { insured { value } } } }").Cost);
        // facts: measures × years; both given here: 2 measures × 3 years.
        Assert.Equal(1 + 1 + 6 * 1, Measure("""{ branch(code: "19") { facts(measures: ["a", "b", "a"], fromYear: 2022, toYear: 2024) { value } } }""").Cost);
        // kpiComparison: distinct years × distinct org units.
        Assert.Equal(1 + 2 * 3 * 1, Measure("""{ kpiComparison(kpi: "K", fiscalYears: [2024, 2025, 2024], orgUnits: ["00", "19", "20"]) { fiscalYear } }""").Cost);
        // Each plan is in one document: documents (50) × their plans count at most the 200 plans there are: 1 + 50 × (1 + 4 × 1).
        Assert.Equal(1 + 50 * (1 + 4 * 1), Measure("{ documents { plans { code } } }").Cost);
        Assert.Equal(1 + 1 + 50 * 1, Measure("{ plans { nodes { code } } }").Cost);
    }

    [Fact]
    public void Nested_unpaged_lists_from_the_issue_are_estimated_far_above_the_limit()
    {
        const string facts = """facts(measures: ["membership.insured"], toYear: 2999)""";
        var measured = Measure($"{{ branches {{ {facts} {{ orgUnit {{ {facts} {{ orgUnit {{ {facts} {{ orgUnit {{ {facts} {{ value }} }} }} }} }} }} }} }} }}");
        // 47 branches × (1 measure × 30 years) four times over.
        Assert.True(measured.Cost > 47L * 30 * 30 * 30 * 30, $"cost {measured.Cost}");
        Assert.True(measured.Cost > 50_000);
    }

    [Fact]
    public void A_tree_walked_deep_counts_each_plan_node_once_per_level_not_the_product_of_the_levels()
    {
        // plans(first: 1) → roots → children × 16: each level holds at most the plan's nodes (ListSizes.NodesPerPlan).
        var nested = "code";
        for (var i = 0; i < 16; i++)
        {
            nested = $"children {{ {nested} }}";
        }
        var measured = Measure($"{{ plans(first: 1) {{ nodes {{ roots {{ {nested} }} }} }} }}");
        Assert.InRange(measured.Cost, 16 * KenpoGraph.Api.Limits.ListSizes.NodesPerPlan, 18 * KenpoGraph.Api.Limits.ListSizes.NodesPerPlan * 2);
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
