using GraphQLParser;
using GraphQLParser.AST;
using KenpoGraph.Api.Telemetry;

namespace KenpoGraph.Api.Tests.Telemetry;

/// <summary>The cost rule: one per selected field, a field's selection multiplied by its first/last page size.</summary>
public sealed class OperationCostTests
{
    [Theory]
    [InlineData("{ dataVersion { id } }", 2)]
    [InlineData("{ branches { code nameJa nameEn } }", 4)]
    [InlineData("{ a: headquarters { code } b: headquarters { code } }", 4)]
    // 1 + 10 × (nodes 1 + 2 scalars)
    [InlineData("{ observations(first: 10) { nodes { value fiscalYear } } }", 31)]
    [InlineData("{ observations(last: 5) { totalCount } }", 6)]
    // Nested pages multiply: 1 + 10 × (nodes 1 + code 1 + (kpis 1 + 3 × 1))
    [InlineData("{ plans(first: 10) { nodes { code kpis(first: 3) { code } } } }", 61)]
    // Without a page size the selection counts once: a lower bound.
    [InlineData("{ observations { nodes { value } } }", 3)]
    [InlineData("{ observations(first: 0) { totalCount } }", 2)]
    public void Counts_fields_and_multiplies_by_page_size(string query, long expected)
    {
        Assert.Equal(expected, Cost(query));
    }

    [Fact]
    public void Fragments_count_where_they_are_spread()
    {
        const string query = """
            query Q { headquarters { ...Unit } branch(code: "20") { ...Unit ... on OrgUnit { nameEn } } }
            fragment Unit on OrgUnit { code nameJa }
            """;
        // headquarters 1 + 2, branch 1 + 2 + 1
        Assert.Equal(7, Cost(query));
    }

    [Fact]
    public void A_page_size_variable_is_read_from_the_variables()
    {
        const string query = "query Q($n: Int) { observations(first: $n) { nodes { value } } }";
        Assert.Equal(1 + 20 * 2, Cost(query, new Dictionary<string, object?> { ["n"] = 20 }));
        Assert.Equal(1 + 2, Cost(query, new Dictionary<string, object?> { ["n"] = null }));
        Assert.Equal(1 + 2, Cost(query));
    }

    [Fact]
    public void Only_the_chosen_operation_counts()
    {
        var document = Parser.Parse("query A { headquarters { code } } query B { dataVersion { id loadedAt } }");
        var b = document.Definitions.OfType<GraphQLOperationDefinition>().Single(o => o.Name?.StringValue == "B");
        Assert.Equal(3, OperationCost.Of(document, b));
    }

    [Fact]
    public void A_fragment_cycle_or_unknown_fragment_adds_nothing_instead_of_looping()
    {
        const string query = """
            { headquarters { ...A ...Missing } }
            fragment A on OrgUnit { code ...B }
            fragment B on OrgUnit { nameJa ...A }
            """;
        // headquarters 1 + A(code 1 + B(nameJa 1 + A again 0)) + Missing 0 = 3
        Assert.Equal(3, Cost(query));
    }

    [Fact]
    public void An_absurd_document_saturates_instead_of_overflowing()
    {
        const string query = "{ a(first: 2147483647) { b(first: 2147483647) { c(first: 2147483647) { d } } } }";
        Assert.Equal(long.MaxValue, Cost(query));
    }

    private static long Cost(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var document = Parser.Parse(query);
        return OperationCost.Of(document, document.Definitions.OfType<GraphQLOperationDefinition>().Single(), variables);
    }
}
