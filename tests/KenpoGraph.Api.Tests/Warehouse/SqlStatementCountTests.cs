namespace KenpoGraph.Api.Tests.Warehouse;

/// <summary>
/// No N+1: all 47 branches with membership, checkups and guidance over five years cost a fixed number
/// of SQL statements, the same as one branch (docs/architecture.md "Batching: no N+1"). Statements are counted from EF Core's
/// diagnostic events (the same events its command interceptors see), filtered to this fixture's warehouse.
/// </summary>
public sealed class SqlStatementCountTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    private const string Nested = """
        { id code nameJa region { code nameJa branches { code } }
          membership(fromYear: 2020, toYear: 2024) { fiscalYear { year } members { printedValue source { document { code } } measure { code } } }
          checkups: facts(subjects: ["CHECKUP"], fromYear: 2020, toYear: 2024) { measureCode value measure { unit } }
          guidance: facts(subjects: ["GUIDANCE"], fromYear: 2020, toYear: 2024) { measureCode value }
          series(measure: "membership.insured", fromYear: 2020, toYear: 2024) { fiscalYear value change } }
        """;

    [Fact]
    public async Task Forty_seven_branches_with_nested_data_cost_as_many_statements_as_one()
    {
        await api.DataAsync("{ dataVersion { id } }"); // the first request opens the published version once
        var one = await CountStatementsAsync($$"""{ branches(where: { code: { eq: "19" } }) {{Nested}} headquarters {{Nested}} }""");
        var all = await CountStatementsAsync($$"""{ branches {{Nested}} headquarters {{Nested}} }""");

        Assert.Equal(one, all);
        // branches, headquarters, then one batch per loader: regions, region branches, membership, checkups, guidance,
        // series, fiscal years, documents, measures
        Assert.Equal(11, all);
    }

    private async Task<int> CountStatementsAsync(string query)
    {
        using var commands = new ExecutedCommands(api.Workspace.DataDirectory);
        await api.DataAsync(query);
        return commands.Texts.Count;
    }
}
