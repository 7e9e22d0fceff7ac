namespace KenpoGraph.Api.Tests.Warehouse;

/// <summary>
/// No N+1: all 47 branches with membership, checkups and guidance over five years cost a fixed number
/// of SQL statements, the same as one branch (docs/architecture.md "Batching: no N+1"). Statements are counted from EF Core's
/// diagnostic events (the same events its command interceptors see), filtered to this fixture's warehouse. This is the SQL
/// path (ReadModel:Enabled false): it serves a version whose read model is still being built, or too large to hold.
/// </summary>
public sealed class SqlStatementCountTests(SqlOnlyApi api) : IClassFixture<SqlOnlyApi>
{
    private const string Nested = """
        { id code nameJa region { code nameJa branches { code } }
          membership(fromYear: 2020, toYear: 2024) { fiscalYear { year } members { printedValue source { document { code } } measure { code } } }
          checkups: facts(subjects: ["CHECKUP"], fromYear: 2020, toYear: 2024) { measureCode value measure { unit } }
          guidance: facts(subjects: ["GUIDANCE"], fromYear: 2020, toYear: 2024) { measureCode value }
          series(measure: "membership.insured", fromYear: 2020, toYear: 2024) { fiscalYear value change } }
        """;

    internal const string AllBranches = $$"""{ branches {{Nested}} headquarters {{Nested}} }""";

    [Fact]
    public async Task Forty_seven_branches_with_nested_data_cost_as_many_statements_as_one()
    {
        await api.DataAsync("{ dataVersion { id } }"); // the first request opens the published version once
        var one = await CountStatementsAsync($$"""{ branches(where: { code: { eq: "19" } }) {{Nested}} headquarters {{Nested}} }""");
        var all = await CountStatementsAsync(AllBranches);

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

/// <summary>The API with the read model off: every request reads SQL, as while a new version's read model is built.</summary>
public sealed class SqlOnlyApi() : KenpoGraphApi(withSeed: true, new Dictionary<string, string> { ["ReadModel:Enabled"] = "false" });

/// <summary>
/// Once a version's read model is built, the same nested queries, and every bench query, run no SQL statement at all
/// (issue 20): the request reads its version from memory.
/// </summary>
public sealed class ReadModelStatementTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    [Fact]
    public async Task Nested_branch_queries_and_the_bench_queries_run_no_statement_once_the_read_model_is_built()
    {
        var bench = Directory.EnumerateFiles(Path.Combine(KenpoGraph.Testing.SeedWorkspace.RepositoryRoot, "bench", "queries"), "*.graphql")
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var queries = bench.Append(SqlStatementCountTests.AllBranches).ToArray();
        await api.DataAsync("{ measures { code } }"); // builds the version's read model (ReadModel:Build Inline in the suites)

        using var commands = new ExecutedCommands(api.Workspace.DataDirectory);
        foreach (var query in queries)
        {
            Assert.False((await api.QueryAsync(query)).TryGetProperty("errors", out var errors), errors.ToString());
        }

        Assert.True(commands.Texts.Count == 0, $"{commands.Texts.Count} statements:\n{string.Join("\n", commands.Texts.Take(5))}");
    }
}
