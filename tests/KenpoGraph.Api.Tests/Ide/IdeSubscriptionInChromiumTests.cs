using System.Diagnostics;
using KenpoGraph.Api.Subscriptions;
using KenpoGraph.Api.Tests.EndToEnd;
using KenpoGraph.Api.Tests.Reliability;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KenpoGraph.Api.Tests.Ide;

/// <summary>
/// Banana Cake Pop in headless Chromium opens a subscription to dataVersionPublished; a real `kenpograph load`
/// publishes; the event appears in the IDE's response pane.
/// </summary>
public sealed class IdeSubscriptionInChromiumTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly LoopbackServer _server = new("--Subscriptions:PollIntervalMilliseconds=200");

    public Task InitializeAsync()
    {
        _server.Workspace.WithoutDemonstrationData();
        return _server.InitializeAsync();
    }

    public Task DisposeAsync() => _server.DisposeAsync();

    [SkippableFact]
    public async Task Banana_Cake_Pop_shows_the_event_of_a_publish()
    {
        var missing = IdeInChromiumTests.MissingPrerequisite(_server.IdeFolder);
        Skip.If(missing is not null, missing);
        var screenshot = Path.Combine(AppContext.BaseDirectory, "artifacts", "ide-shows-a-subscription-event.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);

        var ide = NodeScript.RunAsync("ide.mjs", TimeSpan.FromMinutes(5), _server.GraphQLEndpoint.ToString(), screenshot,
            "subscription { dataVersionPublished { dataVersion { id } orgUnits { code orgUnit { nameEn } } } }", "Nagano (v2)", "subscription");
        var feed = _server.App.Services.GetRequiredService<PublishFeed>();
        var waited = Stopwatch.StartNew();
        while (feed.Listeners == 0)
        {
            if (ide.IsCompleted)
            {
                var (code, early, errors) = await ide;
                Assert.Fail($"the IDE ended before subscribing: exit {code}\n{early}\n{errors}");
            }
            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(2), "the IDE did not subscribe within 2 minutes");
            await Task.Delay(200);
        }

        _server.Workspace.ReplaceLine("org_units.csv", "20,", "20,BRANCH,長野,Nagano (v2),全国健康保険協会長野支部,Nagano Branch");
        using (var load = KenpographProcess.Start(["load", _server.Workspace.SeedDirectory, $"--Warehouse:DataDirectory={_server.Workspace.DataDirectory}"]))
        {
            Assert.Equal(0, await load.WaitAsync(TimeSpan.FromMinutes(3)));
        }
        var (exitCode, stdout, stderr) = await ide;
        output.WriteLine($"Screenshot: {screenshot}");
        output.WriteLine(stderr);
        Assert.True(exitCode == 0, $"exit code {exitCode}\n{stdout}\n{stderr}");
        Assert.Contains("\"ok\":true", stdout);
    }
}
