using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KenpoGraph.Api.Tests.Security;

namespace KenpoGraph.Api.Tests.Export;

/// <summary>
/// Numbers that survive clients (docs/bi-developers.md "Numbers that survive clients"): a Decimal is a JSON number with no
/// trailing zeros, so a whole number is a JSON integer; counts are Int; <c>KenpoGraph-Decimals: string</c> sends every
/// Decimal as a string of exactly the digits the number form holds, and nothing else changes.
/// </summary>
public sealed class ExactNumbersTests(ExactNumbersTests.Server api) : IClassFixture<ExactNumbersTests.Server>
{
    public sealed class Server : SecuredApi;

    private const string Rollup = """
        { rollup(measures: ["checkup.lifestyle.rate", "membership.insured"], fiscalYears: [2024], level: NATIONAL) {
            measure { code } value numerator denominator contributors publishedValue difference fiscalYear } }
        """;

    [Fact]
    public async Task Decimals_asked_for_as_strings_hold_exactly_the_digits_of_the_number_form()
    {
        var numbers = (await SendAsync(Rollup)).Json.GetProperty("data").GetProperty("rollup").EnumerateArray().ToArray();
        var strings = (await SendAsync(Rollup, decimals: "string")).Json.GetProperty("data").GetProperty("rollup").EnumerateArray().ToArray();

        Assert.Equal(numbers.Length, strings.Length);
        for (var i = 0; i < numbers.Length; i++)
        {
            foreach (var field in new[] { "value", "numerator", "publishedValue", "difference" })
            {
                Assert.Equal(JsonValueKind.Number, numbers[i].GetProperty(field).ValueKind);
                Assert.Equal(JsonValueKind.String, strings[i].GetProperty(field).ValueKind);
                Assert.Equal(numbers[i].GetProperty(field).GetRawText(), strings[i].GetProperty(field).GetString());
                Assert.Equal(numbers[i].GetProperty(field).GetDecimal(), decimal.Parse(strings[i].GetProperty(field).GetString()!, CultureInfo.InvariantCulture));
            }
            // Counts and years are Int: integers either way; a null stays null.
            Assert.Equal(numbers[i].GetProperty("contributors").GetRawText(), strings[i].GetProperty("contributors").GetRawText());
            Assert.Equal(JsonValueKind.Number, strings[i].GetProperty("contributors").ValueKind);
            Assert.Equal(JsonValueKind.Number, strings[i].GetProperty("fiscalYear").ValueKind);
            Assert.Equal(numbers[i].GetProperty("denominator").ValueKind == JsonValueKind.Null, strings[i].GetProperty("denominator").ValueKind == JsonValueKind.Null);
        }
        // The national lifestyle checkup rate with every digit a float64 would lose.
        Assert.Contains(strings, r => r.GetProperty("value").GetString() == "58.40000124344584229920389675");
    }

    [Fact]
    public async Task Aliases_fragments_and_nested_lists_are_followed_to_every_Decimal()
    {
        const string query = """
            { incentiveRanking(resultsYear: 2023) { premiumYear entries { ...Entry } } }
            fragment Entry on IncentiveRankingEntry { rank score: total ... on IncentiveRankingEntry { reward indicators { number value } } branch { code } }
            """;
        var numbers = (await SendAsync(query)).Json.GetProperty("data").GetProperty("incentiveRanking");
        var strings = (await SendAsync(query, decimals: "string")).Json.GetProperty("data").GetProperty("incentiveRanking");

        Assert.Equal(JsonValueKind.Number, strings.GetProperty("premiumYear").ValueKind);
        var entries = numbers.GetProperty("entries").EnumerateArray().Zip(strings.GetProperty("entries").EnumerateArray()).ToArray();
        Assert.Equal(47, entries.Length);
        foreach (var (number, text) in entries)
        {
            Assert.Equal(number.GetProperty("score").GetRawText(), text.GetProperty("score").GetString());
            Assert.Equal(number.GetProperty("reward").GetRawText(), text.GetProperty("reward").GetString());
            Assert.Equal(JsonValueKind.Number, text.GetProperty("rank").ValueKind);
            Assert.Equal(JsonValueKind.String, text.GetProperty("branch").GetProperty("code").ValueKind);
            foreach (var (a, b) in number.GetProperty("indicators").EnumerateArray().Zip(text.GetProperty("indicators").EnumerateArray()))
            {
                Assert.Equal(JsonValueKind.Number, b.GetProperty("number").ValueKind);
                Assert.Equal(a.GetProperty("value").ValueKind == JsonValueKind.Null ? JsonValueKind.Null : JsonValueKind.String, b.GetProperty("value").ValueKind);
            }
        }
    }

    [Fact]
    public async Task Whole_figures_and_counts_are_JSON_integers_never_with_a_decimal_point()
    {
        const string query = """
            { observationSegment(take: 1000, where: { measureCode: { in: ["membership.insured", "membership.employers", "checkup.lifestyle.examinees"] } }) {
                totalCount items { measureCode value } } }
            """;
        var reply = await SendAsync(query);
        var segment = reply.Json.GetProperty("data").GetProperty("observationSegment");

        Assert.Matches("^[0-9]+$", segment.GetProperty("totalCount").GetRawText());
        var items = segment.GetProperty("items").EnumerateArray().ToArray();
        Assert.True(items.Length > 100, $"{items.Length} rows");
        // Counts of persons, employers and examinees are whole: the scalar sends them without a scale (no "909804.0").
        Assert.All(items, item => Assert.Matches("^[0-9]+$", item.GetProperty("value").GetRawText()));
        Assert.DoesNotContain(".0,", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(".0}", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_string_form_is_cached_apart_and_varies_on_its_header()
    {
        using var numbers = await GetAsync(null);
        using var strings = await GetAsync("string");
        using var stringsAgain = await GetAsync("string");

        Assert.NotEqual(numbers.Headers.ETag!.Tag, strings.Headers.ETag!.Tag);
        Assert.Equal(["Accept", "KenpoGraph-Decimals"], strings.Headers.Vary);
        Assert.Equal("HIT", stringsAgain.Headers.GetValues("X-Cache").Single());
        Assert.Contains("\"value\":\"", await stringsAgain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"value\":\"", await numbers.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_form_is_refused_with_BAD_REQUEST()
    {
        var reply = await SendAsync(Rollup, decimals: "float");

        reply.AssertRefused(HttpStatusCode.BadRequest, "BAD_REQUEST");
        Assert.StartsWith("KenpoGraph-Decimals must be `string`", reply.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private Task<Reply> SendAsync(string query, string? decimals = null) =>
        api.SendAsync(query, headers: decimals is null ? null : [new("KenpoGraph-Decimals", decimals)]);

    private Task<HttpResponseMessage> GetAsync(string? decimals)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("""{ rollup(measures: ["premium.rate"], fiscalYears: [2023], level: REGION) { value } }"""));
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        if (decimals is not null)
        {
            request.Headers.Add("KenpoGraph-Decimals", decimals);
        }
        return api.Client.SendAsync(request);
    }
}
