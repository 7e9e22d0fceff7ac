using KenpoGraph.Api.Hosting;
using KenpoGraph.Testing;
using Microsoft.AspNetCore.Builder;

namespace KenpoGraph.Api.Tests.EndToEnd;

/// <summary>
/// The real `kenpograph serve` host on Kestrel at a free loopback port, for clients outside .NET (a
/// browser, Node tools) that cannot reach the in-memory TestServer. Its warehouse is private: the first
/// start loads a copy of db/seed, as on a fresh clone.
/// </summary>
public sealed class LoopbackServer : IAsyncLifetime
{
    private readonly string[] _settings;
    private readonly Action<WebApplication>? _configure;
    private WebApplication? _app;

    public LoopbackServer()
        : this([])
    {
    }

    /// <param name="settings">More command-line settings, e.g. <c>--Caching:Responses=false</c>.</param>
    internal LoopbackServer(params string[] settings)
        : this(configure: null, settings)
    {
    }

    /// <param name="configure">Adds to the built app before it starts, e.g. a middleware that holds a request in flight.</param>
    /// <param name="settings">More command-line settings.</param>
    internal LoopbackServer(Action<WebApplication>? configure, params string[] settings)
    {
        _configure = configure;
        _settings = settings;
    }

    internal SeedWorkspace Workspace { get; } = new();

    /// <summary>Where the build's npm install put Banana Cake Pop.</summary>
    public string IdeFolder { get; } = Path.Combine(SeedWorkspace.RepositoryRoot, "src", "KenpoGraph.Api", KenpoGraph.Api.Ide.IdeEndpoint.PackageRelativePath);

    /// <summary>The GraphQL endpoint, e.g. http://127.0.0.1:40123/graphql.</summary>
    public Uri GraphQLEndpoint { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = KenpoGraphWebApp.Build([
            "--urls=http://127.0.0.1:0",
            "--environment=Development",
            $"--Warehouse:DataDirectory={Workspace.DataDirectory}",
            $"--Warehouse:SeedDirectory={Workspace.SeedDirectory}",
            // The test binaries sit outside the folders the IDE lookup tries; point at the npm install.
            $"--Ide:Path={IdeFolder}",
            "--Logging:LogLevel:Default=Warning",
            .. _settings,
        ]);
        _configure?.Invoke(_app);
        await _app.StartAsync();
        GraphQLEndpoint = new Uri(new Uri(_app.Urls.Single()), "/graphql");
    }

    /// <summary>The running host, e.g. to stop it while requests are in flight.</summary>
    internal WebApplication App => _app ?? throw new InvalidOperationException("The server has not started.");

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Workspace.Dispose();
    }
}
