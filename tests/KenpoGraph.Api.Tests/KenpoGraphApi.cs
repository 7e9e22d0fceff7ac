using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KenpoGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KenpoGraph.Api.Tests;

/// <summary>
/// The API over real HTTP (in-memory TestServer) on a private warehouse that the first-start bootstrap
/// creates from a copy of db/seed, exactly as `dotnet run` does on a fresh clone.
/// </summary>
public class KenpoGraphApi : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    public KenpoGraphApi() : this(withSeed: true)
    {
    }

    /// <param name="withSeed">False: the first start finds no seed folder, so nothing is ever published.</param>
    /// <param name="settings">Further configuration, e.g. Ide:Path.</param>
    /// <param name="withoutFiles">Seed files to remove before the first start, e.g. the optional demo_ files.</param>
    /// <param name="shippedAccessDefaults">
    /// True: anonymous callers get what the shipped Development configuration gives them (Kenpo.Read only), as the
    /// access-control suite needs. False (the suites written before access control): anonymous callers also hold
    /// Kenpo.Finance.Read, because those suites read budgets and finance facts without a token and test what they
    /// return, not who may see it.
    /// </param>
    /// <param name="services">Replacements for the host's services, e.g. a manual clock or a log capture.</param>
    /// <param name="environment">The host environment; Production changes the access defaults (no anonymous reading).</param>
    /// <param name="beforeStart">Prepares the workspace before the server starts, e.g. publishes a version and breaks it.</param>
    private protected KenpoGraphApi(bool withSeed, IReadOnlyDictionary<string, string>? settings = null, IEnumerable<string>? withoutFiles = null,
        bool shippedAccessDefaults = false, Action<IServiceCollection>? services = null, string environment = "Development",
        Action<SeedWorkspace>? beforeStart = null)
    {
        Workspace = new SeedWorkspace();
        foreach (var file in withoutFiles ?? [])
        {
            File.Delete(Workspace.PathOf(file));
        }
        beforeStart?.Invoke(Workspace);
        var seed = withSeed ? Workspace.SeedDirectory : Path.Combine(Workspace.Root, "no-seed-here");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(environment)
                .UseSetting("Warehouse:DataDirectory", Workspace.DataDirectory)
                .UseSetting("Warehouse:SeedDirectory", seed)
                // The suites answer from the read model (ReadModel/), built on a version's first request so every test
                // knows which path answered; ReadModelDifferentialTests compares it with the SQL path.
                .UseSetting("ReadModel:Build", "Inline");
            if (!shippedAccessDefaults)
            {
                web.UseSetting("Auth:AnonymousScopes", "Kenpo.Read Kenpo.Finance.Read");
            }
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                web.UseSetting(key, value);
            }
            if (services is not null)
            {
                web.ConfigureTestServices(services);
            }
        });
        Client = _factory.CreateClient();
    }

    internal SeedWorkspace Workspace { get; }

    public HttpClient Client { get; }

    /// <summary>The host's services, to look at a singleton such as the document cache.</summary>
    internal IServiceProvider Services => _factory.Services;

    /// <summary>POSTs a query and returns the parsed response; fails unless the status is 200.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var response = await PostAsync(query, variables);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The data of a query that must succeed without errors.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var result = await QueryAsync(query, variables);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    /// <summary>GET /readyz: the status code and the warehouse check's description (the reason when not ready).</summary>
    public async Task<(HttpStatusCode Status, string? Reason)> ReadinessAsync()
    {
        using var response = await Client.GetAsync("/readyz");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body.GetProperty("checks").GetProperty("warehouse").GetProperty("description").GetString());
    }

    public Task<HttpResponseMessage> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        return Client.SendAsync(request);
    }

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
        Workspace.Dispose();
        GC.SuppressFinalize(this);
    }
}
