using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KenpoGraph.Api.Hosting;
using KenpoGraph.Api.Shutdown;
using KenpoGraph.Api.Tests.EndToEnd;
using KenpoGraph.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KenpoGraph.Api.Tests.Reliability;

/// <summary>
/// Shutdown (SIGTERM, Ctrl+C): requests in flight finish with their full answer, new ones are refused with a
/// GraphQL error (or the connection is refused once Kestrel has stopped listening), readiness says so at once,
/// and a load running at start-up is stopped before its version is published.
/// </summary>
public sealed class GracefulShutdownTests
{
    private const string Query = "{ dataVersion { id } branches { code } }";

    [Fact]
    public async Task Once_shutdown_begins_readiness_fails_and_new_GraphQL_requests_are_refused_with_SHUTTING_DOWN()
    {
        // The gate on its own (a test host tears itself down on StopApplication, so it cannot be asked afterwards).
        using var lifetime = new Lifetime();
        var gate = new ShutdownGate(lifetime);
        var check = new ShutdownHealthCheck(gate);
        var admitted = 0;
        RequestDelegate next = _ =>
        {
            admitted++;
            return Task.CompletedTask;
        };
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
        await gate.InvokeAsync(GraphQLRequest(), next);
        Assert.Equal(1, admitted);

        lifetime.StopApplication();

        var refused = GraphQLRequest();
        await gate.InvokeAsync(refused, next);
        Assert.Equal(1, admitted);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, refused.Response.StatusCode);
        Assert.Equal("close", refused.Response.Headers.Connection.ToString());
        Assert.Equal("1", refused.Response.Headers.RetryAfter.ToString());
        refused.Response.Body.Position = 0;
        var error = JsonDocument.Parse(refused.Response.Body).RootElement.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("SHUTTING_DOWN", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("The server is shutting down and did not start this request. Retry it; another instance will answer.", error.GetProperty("message").GetString());

        var readiness = await check.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, readiness.Status);
        Assert.Equal("The server is shutting down: 0 GraphQL request(s) still running; new ones are refused.", readiness.Description);

        // Liveness and the probes are not GraphQL: they still answer while the server drains.
        var probe = new DefaultHttpContext();
        probe.Request.Path = "/healthz";
        await gate.InvokeAsync(probe, next);
        Assert.Equal(2, admitted);
    }

    private static DefaultHttpContext GraphQLRequest()
    {
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.Path = "/graphql";
        http.Response.Body = new MemoryStream();
        return http;
    }

    private sealed class Lifetime : IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new();

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => _stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => _stopping.Cancel();

        public void Dispose() => _stopping.Dispose();
    }

    [Fact]
    public async Task A_request_in_flight_when_the_server_stops_gets_its_whole_answer_and_a_new_one_is_refused()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Holds a marked request after it was admitted, as if its query took long: it is in flight when the stop comes.
        await using var server = new Held(app => app.Use(async (http, next) =>
        {
            if (http.Request.Headers.ContainsKey("X-Test-Hold"))
            {
                entered.TrySetResult();
                await release.Task;
            }
            await next(http);
        }));
        await server.InitializeAsync();
        using var client = new HttpClient { BaseAddress = server.GraphQLEndpoint };
        var inFlight = client.SendAsync(Post(Query, hold: true));
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.App.Lifetime.ApplicationStopping.Register(stopping.SetResult);
        var stopped = server.App.StopAsync();
        await stopping.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, server.App.Services.GetRequiredService<ShutdownGate>().InFlight);

        // A new client now: refused, either by the gate (503 SHUTTING_DOWN) or, once Kestrel stopped listening, at the socket.
        using (var late = new HttpClient { BaseAddress = server.GraphQLEndpoint })
        {
            try
            {
                using var response = await late.SendAsync(Post(Query, hold: false));
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.Contains("\"code\":\"SHUTTING_DOWN\"", await response.Content.ReadAsStringAsync());
            }
            catch (HttpRequestException refused)
            {
                Assert.Equal(HttpRequestError.ConnectionError, refused.HttpRequestError);
            }
        }
        Assert.False(stopped.IsCompleted, "the server stopped without waiting for the request in flight");

        release.SetResult();
        using var answer = await inFlight;
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var data = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
        Assert.Equal(47, data.GetProperty("branches").GetArrayLength());
        await stopped.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, server.App.Services.GetRequiredService<ShutdownGate>().InFlight);
    }

    [Fact]
    public async Task A_shutdown_while_the_first_start_is_loading_publishes_nothing_and_leaves_nothing()
    {
        using var workspace = new SeedWorkspace().WithoutDemonstrationData();
        var versions = Directory.CreateDirectory(Path.Combine(workspace.DataDirectory, "versions")).FullName;
        var app = KenpoGraphWebApp.Build([
            "--urls=http://127.0.0.1:0", "--environment=Development", "--Logging:LogLevel:Default=Warning",
            $"--Warehouse:DataDirectory={workspace.DataDirectory}", $"--Warehouse:SeedDirectory={workspace.SeedDirectory}",
        ]);
        await using (app)
        {
            // SIGTERM arriving while the first start writes its version: the host's stop token reaches the load.
            using var watcher = new FileSystemWatcher(versions, ".kenpograph-v*.partial");
            watcher.Created += (_, _) => app.Lifetime.StopApplication();
            watcher.EnableRaisingEvents = true;

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => app.StartAsync());
        }

        Assert.False(File.Exists(Path.Combine(workspace.DataDirectory, "current")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(versions));
        Assert.Empty(Directory.EnumerateFiles(workspace.DataDirectory, ".current.*"));
    }

    private static HttpRequestMessage Post(string query, bool hold)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        if (hold)
        {
            request.Headers.Add("X-Test-Hold", "1");
        }
        return request;
    }

    private sealed class Held(Action<WebApplication> configure) : IAsyncDisposable
    {
        private readonly LoopbackServer _server = new(configure);

        public Uri GraphQLEndpoint => _server.GraphQLEndpoint;

        public WebApplication App => _server.App;

        public Task InitializeAsync()
        {
            _server.Workspace.WithoutDemonstrationData();
            return _server.InitializeAsync();
        }

        public async ValueTask DisposeAsync() => await _server.DisposeAsync();
    }
}
