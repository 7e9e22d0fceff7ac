using KenpoGraph.Testing;

namespace KenpoGraph.Api.Tests.Limits;

/// <summary>
/// The benchmark's queries (bench/queries) are what BI clients really ask: each must be answered within the shipped
/// limits. The plan viewer's whole-tree query was refused for a while (its estimate, 77,832, passed Limits:MaxCost
/// 50,000, because a plan was sized at 300 nodes per tree level) and nothing but the benchmark noticed.
/// </summary>
public sealed class BenchQueryTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    public static TheoryData<string> Queries() =>
        [.. Directory.EnumerateFiles(Path.Combine(SeedWorkspace.RepositoryRoot, "bench", "queries"), "*.graphql").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Every_bench_query_is_answered_within_the_shipped_limits(string file)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(SeedWorkspace.RepositoryRoot, "bench", "queries", file));

        var response = await api.QueryAsync(query);

        Assert.False(response.TryGetProperty("errors", out var errors), $"{file}: {errors}");
        Assert.True(response.TryGetProperty("data", out var data) && data.EnumerateObject().All(root => root.Value.ValueKind != System.Text.Json.JsonValueKind.Null), file);
    }
}
