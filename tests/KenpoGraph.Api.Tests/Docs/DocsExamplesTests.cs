using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using KenpoGraph.Api.Tests.Security;

namespace KenpoGraph.Api.Tests.Docs;

/// <summary>
/// Every query the docs print is sent to the API (in-memory server on the shipped seed, shipped Development access
/// defaults) and its answer compared with the printed one, so the docs cannot drift from what the API answers.
/// Conventions: <see cref="DocsPages"/>; set KENPOGRAPH_DOCS_ANSWERS to a folder to have every answer written there.
/// </summary>
public sealed class DocsExamplesTests(DocsExamplesTests.Server api) : IClassFixture<DocsExamplesTests.Server>
{
    public sealed class Server : SecuredApi;

    private static readonly JsonSerializerOptions Printed = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string, int> Queries()
    {
        var queries = new TheoryData<string, int>();
        foreach (var example in DocsPages.QueryExamples())
        {
            queries.Add(example.Query.Page, example.Query.Line);
        }
        return queries;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_printed_query_answers_what_the_page_prints(string page, int line)
    {
        var example = DocsPages.QueryExamples().Single(e => e.Query.Page == page && e.Query.Line == line);
        if (example.Query.Option("accept") == "text/csv")
        {
            await AssertPrintedCsvAsync(example);
            return;
        }

        var (status, answer) = await AskAsync(example);

        Save(example, answer);
        var expectedStatus = (HttpStatusCode)int.Parse(example.Query.Option("status") ?? "200", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(status == expectedStatus, $"{example.Query}: expected HTTP {(int)expectedStatus}, got {(int)status}: {answer.GetRawText()}");
        var printed = ParsePrinted(example);
        Assert.True(printed.ValueKind == JsonValueKind.Object && (printed.TryGetProperty("data", out _) || printed.TryGetProperty("errors", out _)),
            $"{example.Answer}: the printed answer must print `data` or `errors` (an excerpt too), or it would compare nothing");
        var difference = DocsPages.Difference(printed, answer, example.Excerpt);
        Assert.True(difference is null,
            $"{example.Query}: the printed answer ({example.Answer}) is not what the API answers: {difference}\nThe API answers:\n{JsonSerializer.Serialize(answer, Printed)}");
    }

    public static TheoryData<string, int> CurlCommands()
    {
        var commands = new TheoryData<string, int>();
        foreach (var block in DocsPages.All.SelectMany(DocsPages.Blocks).Where(b => b.Language == "bash" && b.Text.Contains("curl ", StringComparison.Ordinal)))
        {
            commands.Add(block.Page, block.Line);
        }
        return commands;
    }

    /// <summary>
    /// A `curl` illustration (it needs a running server, so its answer is not printed) still sends what the API answers:
    /// its POST body or its GET parameters are sent to the test server, with the token its block mints, and must be
    /// answered with 200 and no errors.
    /// </summary>
    [Theory]
    [MemberData(nameof(CurlCommands))]
    public async Task A_printed_curl_command_sends_a_request_the_API_answers(string page, int line)
    {
        var block = DocsPages.Blocks(page).Single(b => b.Line == line);
        var text = block.Text.Replace("\\\n", " ", StringComparison.Ordinal);
        var minted = System.Text.RegularExpressions.Regex.Match(text, @"TOKEN=\$\(.* token (?<args>[^)]*)\)");
        string? token = null;
        if (text.Contains("Bearer $TOKEN", StringComparison.Ordinal))
        {
            Assert.True(minted.Success, $"{block}: the curl sends $TOKEN, but the block does not mint it with `kenpograph token`");
            var words = DocsPages.Words(minted.Groups["args"].Value);
            string? Option(string name) => words.SkipWhile(w => w != name).Skip(1).FirstOrDefault();
            token = api.Token(scopes: (Option("--scopes") ?? "Kenpo.Read").Replace(',', ' '), branches: Option("--branches")?.Replace(',', ' '),
                client: "kenpograph-docs");
        }
        foreach (var curl in text.Split('\n').Where(l => l.TrimStart().StartsWith("curl ", StringComparison.Ordinal)))
        {
            Reply reply;
            var body = System.Text.RegularExpressions.Regex.Match(curl, @" -d '(?<body>[^']*)'");
            if (body.Success)
            {
                reply = await api.SendAsync(query: "", token, body: body.Groups["body"].Value);
            }
            else
            {
                // GET with URL-encoded parameters, the persisted-operation hash computed from the file the command hashes.
                var parameters = System.Text.RegularExpressions.Regex.Matches(curl, @"--data-urlencode (?:'(?<p>[^']*)'|""(?<p>(?:[^""\\]|\\.)*)"")")
                    .Select(m => m.Groups["p"].Value.Replace("\\\"", "\"", StringComparison.Ordinal))
                    .Select(p => System.Text.RegularExpressions.Regex.Replace(p, @"\$\(sha256sum (?<file>\S+) \| cut -c1-64\)", m =>
                        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
                            File.ReadAllBytes(Path.Combine(KenpoGraph.Testing.SeedWorkspace.RepositoryRoot, m.Groups["file"].Value))))))
                    .ToArray();
                Assert.True(curl.Contains(" -G ", StringComparison.Ordinal) && parameters.Length > 0, $"{block}: a curl without -d '…' or -G --data-urlencode: {curl}");
                var query = string.Join('&', parameters.Select(p => p.Split('=', 2)).Select(p => $"{p[0]}={Uri.EscapeDataString(p[1])}"));
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?{query}");
                request.Headers.Accept.ParseAdd("application/graphql-response+json");
                using var response = await api.Client.SendAsync(request);
                reply = new Reply(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers);
            }
            reply.AssertAnswered();
        }
    }

    [Fact]
    public void The_pages_hold_examples_of_queries_and_commands()
    {
        // Guards the finder itself: a change of convention that found nothing would pass every theory above vacuously.
        var queries = DocsPages.QueryExamples();
        Assert.True(queries.Count >= 20, $"only {queries.Count} query examples found");
        Assert.Contains(queries, q => q.Query.Page == "README.md");
        Assert.Contains(queries, q => q.Query.Option("branches") is not null);
        Assert.True(DocsPages.CommandExamples().Count >= 4, "too few ```console examples found");
        Assert.All(DocsPages.All.Where(p => p.StartsWith("docs/", StringComparison.Ordinal)), page =>
            Assert.True(new FileInfo(Path.Combine(KenpoGraph.Testing.SeedWorkspace.RepositoryRoot, page)).Length > 0, page));
    }

    [Fact]
    public async Task Editing_a_printed_answer_makes_its_example_fail()
    {
        // The README's first example, its answer changed in one value, one property dropped, one property added:
        // each edit must be caught (exact blocks), and an excerpt must still catch the changed value.
        var example = DocsPages.QueryExamples().First(e => e.Query.Page == "README.md" && !e.Excerpt);
        var (_, answer) = await AskAsync(example);
        var printed = ParsePrinted(example);
        Assert.Null(DocsPages.Difference(printed, answer, excerpt: false));

        var text = example.Answer.Text;
        var firstNumber = System.Text.RegularExpressions.Regex.Match(text, "(?<=: )[0-9]+");
        Assert.True(firstNumber.Success, "the README's first answer prints no number");
        var edited = text[..firstNumber.Index] + (long.Parse(firstNumber.Value, System.Globalization.CultureInfo.InvariantCulture) + 1) + text[(firstNumber.Index + firstNumber.Length)..];
        Assert.NotNull(DocsPages.Difference(JsonDocument.Parse(edited).RootElement, answer, excerpt: false));
        Assert.NotNull(DocsPages.Difference(JsonDocument.Parse(edited).RootElement, answer, excerpt: true));

        var withExtra = JsonDocument.Parse(text.TrimEnd()[..^1] + ", \"extra\": 1 }").RootElement;
        Assert.NotNull(DocsPages.Difference(withExtra, answer, excerpt: false));
        Assert.NotNull(DocsPages.Difference(withExtra, answer, excerpt: true));

        var withoutExtensions = JsonSerializer.SerializeToElement(printed.EnumerateObject().Where(p => p.Name != "extensions").ToDictionary(p => p.Name, p => p.Value));
        Assert.NotNull(DocsPages.Difference(withoutExtensions, answer, excerpt: false));
        Assert.Null(DocsPages.Difference(withoutExtensions, answer, excerpt: true));
    }

    private async Task<(HttpStatusCode Status, JsonElement Answer)> AskAsync(QueryExample example)
    {
        var scopes = example.Query.Option("scopes");
        var branches = example.Query.Option("branches");
        var token = scopes is null && branches is null ? null
            : api.Token(scopes: (scopes ?? "Kenpo.Read").Replace(',', ' '), branches: branches?.Replace(',', ' '), client: "kenpograph-docs");
        // decimals=string sends KenpoGraph-Decimals: string (docs/bi-developers.md "Numbers that survive clients").
        var headers = example.Query.Option("decimals") is { } decimals ? new[] { new KeyValuePair<string, string>("KenpoGraph-Decimals", decimals) } : null;
        var reply = await api.SendAsync(example.Query.Text, token, headers: headers);
        return (reply.Status, reply.Json.Clone());
    }

    /// <summary>A ```graphql accept=text/csv example: sent with Accept: text/csv, its CSV compared with the printed ```csv block.</summary>
    private async Task AssertPrintedCsvAsync(QueryExample example)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = example.Query.Text }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/csv");
        if (example.Query.Option("scopes") is not null || example.Query.Option("branches") is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer",
                api.Token(scopes: (example.Query.Option("scopes") ?? "Kenpo.Read").Replace(',', ' '), branches: example.Query.Option("branches")?.Replace(',', ' '),
                    client: "kenpograph-docs"));
        }
        using var response = await api.Client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (Environment.GetEnvironmentVariable("KENPOGRAPH_DOCS_ANSWERS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, $"{example.Query.Page.Replace('/', '_')}-{example.Query.Line}.csv"), body);
        }
        var expectedStatus = int.Parse(example.Query.Option("status") ?? "200", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True((int)response.StatusCode == expectedStatus, $"{example.Query}: expected HTTP {expectedStatus}, got {(int)response.StatusCode}");
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var difference = DocsPages.CsvDifference(example.Answer.Text, body);
        Assert.True(difference is null, $"{example.Query}: {difference}");
    }

    private static JsonElement ParsePrinted(QueryExample example)
    {
        try
        {
            return JsonDocument.Parse(example.Answer.Text).RootElement.Clone();
        }
        catch (JsonException problem)
        {
            Assert.Fail($"{example.Answer}: the printed answer is not JSON: {problem.Message}");
            throw;
        }
    }

    private static void Save(QueryExample example, JsonElement answer)
    {
        if (Environment.GetEnvironmentVariable("KENPOGRAPH_DOCS_ANSWERS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, $"{example.Query.Page.Replace('/', '_')}-{example.Query.Line}.json"),
                JsonSerializer.Serialize(answer, Printed) + "\n");
        }
    }
}
