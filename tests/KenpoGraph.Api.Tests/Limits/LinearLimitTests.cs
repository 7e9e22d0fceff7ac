using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace KenpoGraph.Api.Tests.Limits;

/// <summary>A request over a limit is refused at about the cost of reading it: the limits run before the super-linear rules.</summary>
public sealed class LinearLimitTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    [Fact]
    public async Task Thirteen_thousand_repeated_selections_are_refused_quickly_while_other_clients_are_answered()
    {
        // Was: 42 s of CPU each (OverlappingFieldsCanBeMerged compared every pair of the 13,000 fields before the field
        // limit, reported in the same validation pass, refused them); three at once stalled the server.
        var document = "{\n" + string.Join("\n", Enumerable.Repeat("branches { code }", 13_000)) + "\n}";
        var watch = Stopwatch.StartNew();

        var refusals = Enumerable.Range(0, 3).Select(_ => api.PostAsync(document)).ToArray();
        var meanwhile = await api.DataAsync("""{ branch(code: "19") { nameEn } }""");
        var answers = await Task.WhenAll(refusals);

        Assert.Equal("Yamanashi", meanwhile.GetProperty("branch").GetProperty("nameEn").GetString());
        foreach (var response in answers)
        {
            using (response)
            {
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
                Assert.Equal("MAX_FIELDS_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
                Assert.Equal(26_000, error.GetProperty("extensions").GetProperty("actual").GetInt32());
            }
        }
        // Generous on a shared machine: a fraction of a second is typical (bench/); the quadratic rule took minutes for three.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_document_within_the_limits_still_meets_every_core_validation_rule()
    {
        // The limits run first, not instead: a document within them that breaks a core rule is still refused by it.
        using var response = await api.PostAsync("{ a: branch(code: \"19\") { code } a: branch(code: \"20\") { code } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
