using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using KenpoGraph.Api.Tests.Docs;
using KenpoGraph.Api.Tests.Reliability;
using KenpoGraph.Api.Tests.Security.SchemaWalk;
using KenpoGraph.Testing;
using Xunit.Abstractions;

namespace KenpoGraph.Api.Tests.ReadModel;

/// <summary>
/// The read model answers byte for byte what SQL answers (issue 20, "a differential test"): the bench queries, the
/// fuzzers' valid operations, every documented example, filters and sorts the read model evaluates itself or leaves to
/// SQL, and every field path of the schema to <see cref="WalkDepth"/> object levels, each asked under every kind of
/// caller — anonymous, every right, one branch, two branches, a branch without the finance right. Errors count too:
/// the same status and the same body.
/// </summary>
public sealed class ReadModelDifferentialTests(ReadModelPair pair, ITestOutputHelper output) : IClassFixture<ReadModelPair>
{
    /// <summary>Object levels below Query the schema walk reaches here (the leak walk goes to three with two tokens).</summary>
    private const int WalkDepth = 2;

    /// <summary>Conditions and orders on each path: the ones evaluated in memory, and the ones left to SQL (text, related rows).</summary>
    private static readonly string[] Targeted =
    [
        "{ rollup(measures: [\"membership.insured\", \"premium.rate\"], level: BRANCH, where: { value: { gt: 1000 } }) { unitCode fiscalYear value } }",
        "{ rollup(measures: [\"membership.insured\"], level: REGION, where: { or: [{ fiscalYear: { in: [2015, 2024] } }, { unitCode: { eq: \"R1\" } }] }) { unitCode fiscalYear value } }",
        "{ rollup(measures: [\"checkup.lifestyle.rate\"], level: BRANCH, where: { unitCode: { startsWith: \"1\" } }) { unitCode value } }",
        "{ rollup(measures: [\"checkup.lifestyle.rate\"], level: NATIONAL, where: { measure: { subject: { eq: \"CHECKUP\" } } }) { unitCode value } }",
        "{ rollup(measures: [\"membership.insured\"], fiscalYears: [2024], level: BRANCH, where: { publishedValue: { eq: null } }) { unitCode value publishedValue } }",
        "{ rollup(measures: [\"no.such.measure\"], level: NATIONAL) { value } }",
        "{ rollup(measures: [\"checkup.lifestyle.rate\"], level: BRANCH, where: { quality: { neq: PUBLISHED }, value: { lte: 60 } }) { unitCode fiscalYear value quality } }",
        "{ aggregate(measures: [\"checkup.lifestyle.rate\", \"membership.insured\"], groupBy: [FISCAL_YEAR], where: { fiscalYear: { gte: 2020 } }, order: [{ value: DESC }]) " +
            "{ totalCount nodes { measureCode fiscalYear value contributors expectedContributors withheld } } }",
        "{ aggregate(measures: [\"checkup.lifestyle.rate\"], groupBy: [REGION, QUALITY], yearOverYear: true, where: { fiscalYear: { eq: 2023 } }) " +
            "{ nodes { regionCode quality value previous { value contributors } change changeRate } } }",
        "{ aggregate(measures: [\"checkup.lifestyle.rate\"], groupBy: [ORG_UNIT], where: { regionCode: { startsWith: \"R\" }, fiscalYear: { eq: 2022 } }, first: 5) " +
            "{ nodes { orgUnitCode value } pageInfo { hasNextPage endCursor } } }",
        "{ aggregate(measures: [\"medical_cost.per_member\"], groupBy: [GROUP], groups: [{ code: \"EAST\", orgUnits: [\"13\", \"14\", \"19\"] }, { code: \"WEST\", orgUnits: [\"26\", \"27\"] }]) " +
            "{ nodes { groupCode fiscalYear value min max mean withheld } } }",
        "{ aggregate(measures: [\"checkup.lifestyle.rate\"], groupBy: [SUBJECT], where: { value: { gt: 50 } }) { nodes { subject value } } }",
        "{ branches(where: { code: { in: [\"19\", \"20\", \"47\"] } }) { code facts(measures: [\"membership.insured\"], fromYear: 2023) { fiscalYear value } } }",
        "{ branches(order: [{ nameEn: DESC }]) { code nameEn } headquarters { code facts(subjects: [\"FINANCE\"], fromYear: 2024) { measureCode value } } }",
        "{ branch(code: \"13\") { code facts(fromYear: 2024, toYear: 2024) { measureCode value printedValue documentCode locator } } }",
        "{ kpiComparison(kpi: \"K-CHECKUP-INSURED\", fiscalYears: [2025, 2024, 2023], orgUnits: [\"00\", \"20\", \"19\", \"13\"]) { orgUnit { code } fiscalYear target { code } results { code } } }",
        "{ kpiComparison(kpi: \"K-NO-SUCH\", fiscalYears: [2025], orgUnits: [\"00\"]) { fiscalYear } }",
        "{ incentiveRanking(resultsYear: 2021) { resultsYear entries { rank branch { code } total } } }",
        "{ incentiveRanking(resultsYear: 1990) { resultsYear } }",
        "{ measures { code subject unit } plan(id: \"seed-000/nagano-business-plan-2025\") { code nodes { code parent { code } kpiTargets { code result { code } } } } }",
    ];

    public static TheoryData<string> Callers() => ["anonymous", "everything", "branch 01", "branches 19 20", "branch 13 without finance"];

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Every_query_of_the_corpus_is_answered_the_same_from_the_read_model_as_from_SQL(string caller)
    {
        var corpus = Corpus().Concat(await WalkAsync()).ToArray();
        var differences = new List<string>();
        var memoryToken = TokenOf(pair.Memory, caller);
        var sqlToken = TokenOf(pair.Sql, caller);
        await Parallel.ForEachAsync(corpus, new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (operation, _) =>
        {
            var fromMemory = await pair.Memory.SendAsync(operation.Query, memoryToken, body: operation.Body);
            var fromSql = await pair.Sql.SendAsync(operation.Query, sqlToken, body: operation.Body);
            if (fromMemory.Status != fromSql.Status || fromMemory.Body != fromSql.Body)
            {
                lock (differences)
                {
                    differences.Add($"{operation.Name}: {(int)fromMemory.Status} vs {(int)fromSql.Status}\n  memory: {Excerpt(fromMemory.Body)}\n  sql:    {Excerpt(fromSql.Body)}");
                }
            }
        });
        output.WriteLine($"{caller}: {corpus.Length} operations compared, {differences.Count} differ");
        Assert.True(differences.Count == 0, $"{differences.Count} of {corpus.Length} answers differ:\n{string.Join("\n", differences.Take(15))}");
    }

    /// <summary>The comparison means something only while the two sides really execute and write differently.</summary>
    [Fact]
    public void The_SQL_side_executes_and_writes_as_GraphQL_NET_does_and_the_served_side_does_not()
    {
        static (Type Strategy, bool OwnConverter) Path(PairedApi api)
        {
            var strategy = api.Services.GetRequiredService<GraphQL.Execution.IExecutionStrategySelector>()
                .Select(new GraphQL.Execution.ExecutionContext { Operation = new GraphQLParser.AST.GraphQLOperationDefinition(new([])) { Operation = GraphQLParser.AST.OperationType.Query } });
            // The serializer's options are protected: read by reflection, as only a test should.
            var serializer = api.Services.GetRequiredService<GraphQL.IGraphQLTextSerializer>();
            var options = (JsonSerializerOptions)typeof(GraphQL.SystemTextJson.GraphQLSerializer)
                .GetProperty("SerializerOptions", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetValue(serializer)!;
            return (strategy.GetType(), options.Converters.Any(c => c is KenpoGraph.Api.Transport.ExecutionResultConverter));
        }

        Assert.Equal((typeof(KenpoGraph.Api.Schema.QueryExecutionStrategy), true), Path(pair.Memory));
        Assert.Equal((typeof(GraphQL.Execution.SerialExecutionStrategy), false), Path(pair.Sql));
    }

    private sealed record Operation(string Name, string Query, string? Body);

    private static IEnumerable<Operation> Corpus()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SeedWorkspace.RepositoryRoot, "bench", "queries"), "*.graphql").Order(StringComparer.Ordinal))
        {
            yield return new Operation($"bench {Path.GetFileName(file)}", File.ReadAllText(file), null);
        }
        foreach (var operation in HostileRequests.Corpus)
        {
            yield return new Operation($"fuzz corpus {operation.Name}", operation.Query, JsonSerializer.Serialize(new
            {
                query = operation.Query,
                operationName = operation.OperationName,
                variables = operation.Variables is null ? (JsonElement?)null : JsonSerializer.Deserialize<JsonElement>(operation.Variables),
            }));
        }
        foreach (var example in DocsPages.QueryExamples().Where(e => e.Query.Option("accept") is null))
        {
            yield return new Operation($"docs {example.Query}", example.Query.Text, null);
        }
        foreach (var (query, index) in Targeted.Select((q, i) => (q, i)))
        {
            yield return new Operation($"targeted {index}", query, null);
        }
    }

    /// <summary>Every field path of the schema to <see cref="WalkDepth"/> levels, as the leak walk asks them (SchemaWalk/SchemaPaths).</summary>
    private async Task<IEnumerable<Operation>> WalkAsync()
    {
        var introspection = await pair.Memory.SendAsync(SchemaPaths.IntrospectionQuery, pair.Memory.Token());
        var paths = new SchemaPaths(introspection.Json.GetProperty("data"));
        return paths.Walk().Where(p => p.Depth <= WalkDepth).Select(p => new Operation($"walk {p.Name}", p.Query(), null)).ToArray();
    }

    private static string? TokenOf(PairedApi api, string caller) => caller switch
    {
        "anonymous" => null,
        "everything" => api.Token(),
        "branch 01" => api.Token(branches: "01"),
        "branches 19 20" => api.Token(branches: "19 20"),
        "branch 13 without finance" => api.Token(scopes: "Kenpo.Read", branches: "13"),
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };

    private static string Excerpt(string body) => body.Length <= 400 ? body : body[..400] + "…";
}
