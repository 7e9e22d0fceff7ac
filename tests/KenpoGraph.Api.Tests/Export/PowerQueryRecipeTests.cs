using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KenpoGraph.Api.Tests.Docs;
using KenpoGraph.Api.Tests.Security;
using KenpoGraph.Testing;

namespace KenpoGraph.Api.Tests.Export;

/// <summary>
/// The Power Query recipe of docs/bi-developers.md "Pulling a table into Excel or Power BI", read from the page and sent
/// as Power Query sends it: Web.Contents's URL with its Query record URL-encoded, its Headers (the bearer token, Accept:
/// text/csv), the expressions of the record evaluated as M evaluates them (text literals with doubled quotes, the
/// let-bound names, <c>&amp;</c>, <c>Number.ToText(skip)</c>). The answer must be the CSV printed after the recipe, byte-order mark
/// included, hold the rows of the same operation's JSON answer, and the recipe's paging must end.
/// </summary>
public sealed partial class PowerQueryRecipeTests(PowerQueryRecipeTests.Server api) : IClassFixture<PowerQueryRecipeTests.Server>
{
    public sealed class Server : SecuredApi;

    private const string Page = "docs/bi-developers.md";

    [Fact]
    public async Task The_recipe_s_request_answers_the_printed_CSV_with_a_BOM()
    {
        var (recipe, printed) = Recipe();
        var token = api.Token(scopes: "Kenpo.Read", client: "kenpograph-docs");

        using var response = await SendAsync(recipe, token, skip: 0);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], body[..3]);
        var difference = DocsPages.CsvDifference(printed.Text, body);
        Assert.True(difference is null, $"{printed}: {difference}");
    }

    [Fact]
    public async Task The_recipe_calls_the_registered_operation_and_its_CSV_holds_every_row_of_the_JSON()
    {
        var (recipe, _) = Recipe();
        var hash = Binding(recipe, "Hash");
        var operation = Path.Combine(SeedWorkspace.RepositoryRoot, "db", "operations", "ObservationTable.graphql");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(operation))), hash);
        Assert.Contains("[Encoding = 65001]", recipe.Text, StringComparison.Ordinal);

        using var response = await SendAsync(recipe, api.Token(scopes: "Kenpo.Read"), skip: 0);
        var lines = CsvExportTests.Lines(await response.Content.ReadAsByteArrayAsync());
        var json = await api.SendAsync(File.ReadAllText(operation), api.Token(scopes: "Kenpo.Read"),
            variables: new { measure = Binding(recipe, "Measure") });
        var items = json.AssertAnswered().GetProperty("observationSegment").GetProperty("items").EnumerateArray().ToArray();

        Assert.Equal("fiscalYear,orgUnitCode,orgUnit.nameJa,orgUnit.nameEn,measureCode,value,printedValue,printedUnit,quality,documentCode,locator", lines[0]);
        Assert.Equal(items.Length + 1, lines.Length);
        Assert.True(items.Length is > 47 and < 1000, $"{items.Length} rows: the recipe's table should be one page");
        for (var i = 0; i < items.Length; i++)
        {
            var cells = CsvExportTests.Cells(lines[i + 1]);
            Assert.Equal(items[i].GetProperty("fiscalYear").GetRawText(), cells[0]);
            Assert.Equal(items[i].GetProperty("orgUnitCode").GetString(), cells[1]);
            Assert.Equal(items[i].GetProperty("orgUnit").GetProperty("nameJa").GetString(), cells[2]);
            Assert.Equal(items[i].GetProperty("value").GetRawText(), cells[5]);
            Assert.Equal(items[i].GetProperty("printedValue").GetString(), cells[6]);
            Assert.Equal(items[i].GetProperty("quality").GetString(), cells[8]);
        }
    }

    [Fact]
    public async Task The_recipe_s_paging_ends_with_a_page_that_is_the_header_alone()
    {
        var (recipe, _) = Recipe();
        Assert.Contains("each Table.RowCount([rows]) > 0", recipe.Text, StringComparison.Ordinal);
        Assert.Contains("[skip] + 1000", recipe.Text, StringComparison.Ordinal);

        using var response = await SendAsync(recipe, api.Token(scopes: "Kenpo.Read"), skip: 1000);

        Assert.Single(CsvExportTests.Lines(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Without_a_token_where_one_is_required_the_recipe_gets_an_error_status_not_a_table()
    {
        var (recipe, _) = Recipe();

        using var response = await SendAsync(recipe, "not-a-token", skip: 0);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("INVALID_TOKEN", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The request Power Query's Web.Contents makes for the recipe's page at <paramref name="skip"/>.</summary>
    private async Task<HttpResponseMessage> SendAsync(FencedBlock recipe, string token, int skip)
    {
        var text = recipe.Text;
        var url = WebContentsUrl().Match(text);
        Assert.True(url.Success, $"{recipe}: no Web.Contents(\"…\", …)");
        var query = QueryRecord().Match(text);
        Assert.True(query.Success, $"{recipe}: no Query = [ … ] record");
        var fields = QueryField().Matches(query.Groups["fields"].Value)
            .Select(f => (Name: f.Groups["name"].Value, Value: Evaluate(recipe, f.Groups["expression"].Value.Trim(), skip)))
            .ToArray();
        Assert.Equal(["extensions", "variables"], fields.Select(f => f.Name));
        var headers = Headers().Match(text);
        Assert.True(headers.Success, $"{recipe}: no Headers = [Authorization = \"Bearer \" & Token, Accept = \"text/csv\"]");

        // Web.Contents appends the Query record to the URL, each value URL-encoded.
        var uri = new Uri(url.Groups["url"].Value + "?" + string.Join('&', fields.Select(f => $"{f.Name}={Uri.EscapeDataString(f.Value)}")));
        Assert.Equal("http://localhost:5080/graphql", uri.GetLeftPart(UriPartial.Path));
        using var request = new HttpRequestMessage(HttpMethod.Get, uri.PathAndQuery);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Evaluate(recipe, headers.Groups["authorization"].Value, skip, token)["Bearer ".Length..]);
        request.Headers.TryAddWithoutValidation("Accept", Evaluate(recipe, headers.Groups["accept"].Value, skip));
        return await api.Client.SendAsync(request);
    }

    /// <summary>An M text expression of literals ("…" with "" for a quote), let-bound names and Number.ToText(skip) joined by &amp;.</summary>
    private static string Evaluate(FencedBlock recipe, string expression, int skip, string? token = null)
    {
        var value = new StringBuilder();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (char.IsWhiteSpace(c) || c == '&')
            {
                i++;
            }
            else if (c == '"')
            {
                for (i++; i < expression.Length; i++)
                {
                    if (expression[i] == '"' && i + 1 < expression.Length && expression[i + 1] == '"')
                    {
                        value.Append('"');
                        i++;
                    }
                    else if (expression[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        value.Append(expression[i]);
                    }
                }
            }
            else
            {
                var name = Name().Match(expression, i);
                Assert.True(name.Success && name.Index == i, $"{recipe}: cannot read `{expression[i..]}`");
                value.Append(name.Value switch
                {
                    "Number.ToText(skip)" => skip.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "Token" when token is not null => token,
                    var bound => Binding(recipe, bound),
                });
                i += name.Length;
            }
        }
        return value.ToString();
    }

    /// <summary>A let binding of a text literal, e.g. Hash = "…".</summary>
    private static string Binding(FencedBlock recipe, string name)
    {
        var binding = Regex.Match(recipe.Text, $"^\\s*{Regex.Escape(name)} = \"(?<value>(?:[^\"]|\"\")*)\",?$", RegexOptions.Multiline);
        Assert.True(binding.Success, $"{recipe}: no `{name} = \"…\"`");
        return binding.Groups["value"].Value.Replace("\"\"", "\"", StringComparison.Ordinal);
    }

    /// <summary>The page's one Power Query recipe that asks for CSV, and the ```csv block that prints its answer.</summary>
    private static (FencedBlock Recipe, FencedBlock Printed) Recipe()
    {
        var blocks = DocsPages.Blocks(Page);
        var index = blocks.ToList().FindIndex(b => b.Language == "text" && b.Text.Contains("Web.Contents(", StringComparison.Ordinal)
            && b.Text.Contains("Accept = \"text/csv\"", StringComparison.Ordinal));
        Assert.True(index >= 0, $"{Page}: no Power Query recipe with Accept = \"text/csv\"");
        Assert.True(index + 1 < blocks.Count && blocks[index + 1].Language == "csv", $"{blocks[index]}: the recipe must be followed by its printed answer, a ```csv block");
        return (blocks[index], blocks[index + 1]);
    }

    [GeneratedRegex("Web\\.Contents\\(\"(?<url>[^\"]+)\"")]
    private static partial Regex WebContentsUrl();

    [GeneratedRegex("Query = \\[(?<fields>.*?)\\n\\s*\\]", RegexOptions.Singleline)]
    private static partial Regex QueryRecord();

    [GeneratedRegex("^\\s*(?<name>\\w+) = (?<expression>.+?),?$", RegexOptions.Multiline)]
    private static partial Regex QueryField();

    [GeneratedRegex("Headers = \\[Authorization = (?<authorization>\"Bearer \" & Token), Accept = (?<accept>\"[^\"]*\")\\]")]
    private static partial Regex Headers();

    [GeneratedRegex("[A-Za-z][A-Za-z.]*(?:\\(skip\\))?")]
    private static partial Regex Name();
}
