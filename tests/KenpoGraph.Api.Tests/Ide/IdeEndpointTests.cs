using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using KenpoGraph.Testing;

namespace KenpoGraph.Api.Tests.Ide;

/// <summary>Banana Cake Pop at /graphql for browsers; GraphQL requests at the same path are never intercepted.</summary>
public sealed partial class IdeEndpointTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    private static readonly string IdeFolder = Path.Combine(SeedWorkspace.RepositoryRoot,
        "src", "KenpoGraph.Api", "Ide", "node_modules", "@chillicream", "bananacakepop-graphql-ide");

    private static bool IdeInstalled => File.Exists(Path.Combine(IdeFolder, "index.html"));

    private const string NotInstalled =
        "Banana Cake Pop is not installed (the build found no npm); `bash .ci/run` installs Node.js and npm first.";

    [SkippableFact]
    public async Task Browsers_get_the_IDE_page_with_its_assets_resolving_under_graphql()
    {
        Skip.IfNot(IdeInstalled, NotInstalled);
        using var response = await GetHtmlAsync("/graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<base href=\"/graphql/\"/>", html);

        var script = ScriptSource().Match(html);
        Assert.True(script.Success, "the IDE page references no script");
        using var asset = await api.Client.GetAsync("/graphql/" + script.Groups["src"].Value.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("text/javascript", asset.Content.Headers.ContentType!.MediaType);
    }

    [SkippableFact]
    public async Task The_IDE_targets_this_endpoint_and_sends_no_telemetry()
    {
        Skip.IfNot(IdeInstalled, NotInstalled);
        var config = JsonDocument.Parse(await api.Client.GetStringAsync("/graphql/bcp-config.json")).RootElement;

        Assert.True(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
        Assert.Equal("KenpoGraph", config.GetProperty("title").GetString());
    }

    [Fact]
    public async Task GraphQL_requests_at_the_same_path_are_not_intercepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query={__typename}");
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        using var response = await api.Client.SendAsync(request);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Without_the_IDE_a_browser_is_told_how_to_get_it()
    {
        using var withoutIde = new WithoutIde();
        using var response = await withoutIde.Client.SendAsync(HtmlRequest("/graphql"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("GraphQL IDE not installed", html);
        Assert.Contains("npm ci", html);
        Assert.Equal("Query", (await withoutIde.DataAsync("{ __typename }")).GetProperty("__typename").GetString());
    }

    private sealed class WithoutIde() : KenpoGraphApi(withSeed: true, new Dictionary<string, string> { ["Ide:Path"] = "/nonexistent/ide" });

    private Task<HttpResponseMessage> GetHtmlAsync(string path) => api.Client.SendAsync(HtmlRequest(path));

    private static HttpRequestMessage HtmlRequest(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        return request;
    }

    [GeneratedRegex("<script[^>]+src=\"(?<src>[^\"]+\\.js)\"")]
    private static partial Regex ScriptSource();
}
