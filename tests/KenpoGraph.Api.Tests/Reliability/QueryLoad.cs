using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KenpoGraph.Api.Tests.Reliability;

/// <summary>
/// A sustained query load: <c>workers</c> clients, each sending the next request as soon as the last one is
/// answered, until stopped. Every answer is checked as it arrives (by <c>check</c>, which returns what is
/// wrong or null) and counted by the data version it reports.
/// </summary>
internal sealed class QueryLoad : IAsyncDisposable
{
    /// <summary>No single request may take longer than this; one that does counts as a failure.</summary>
    public static readonly TimeSpan RequestBound = TimeSpan.FromSeconds(10);

    private readonly HttpClient _client;
    private readonly string _body;
    private readonly Func<JsonElement, string?> _check;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<int, int> _byVersion = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly List<(int Version, int Count, TaskCompletionSource Seen)> _waiters = [];
    private readonly Task[] _workers;
    private long _requests;
    private long _slowest;

    private QueryLoad(Uri endpoint, int workers, string query, Func<JsonElement, string?> check)
    {
        _client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers }) { BaseAddress = endpoint, Timeout = RequestBound };
        _body = JsonSerializer.Serialize(new { query });
        _check = check;
        _workers = [.. Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync))];
    }

    public static QueryLoad Start(Uri endpoint, int workers, string query, Func<JsonElement, string?> check) => new(endpoint, workers, query, check);

    public long Requests => Interlocked.Read(ref _requests);

    public IReadOnlyDictionary<int, int> ByVersion => new SortedDictionary<int, int>(_byVersion);

    public IReadOnlyCollection<string> Failures => _failures;

    public TimeSpan Slowest => TimeSpan.FromTicks(Interlocked.Read(ref _slowest));

    /// <summary>Completes when at least <paramref name="count"/> answers of <paramref name="version"/> have been counted.</summary>
    public async Task SeenAsync(int version, int count, TimeSpan bound)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            _waiters.Add((version, count, seen));
        }
        Notify(version);
        try
        {
            await seen.Task.WaitAsync(bound);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Fewer than {count} answers of data version {version} within {bound.TotalSeconds} s: {Summary()}");
        }
    }

    private void Notify(int version)
    {
        var counted = _byVersion.GetValueOrDefault(version);
        lock (_waiters)
        {
            foreach (var waiter in _waiters.Where(w => w.Version == version && counted >= w.Count).ToArray())
            {
                waiter.Seen.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_workers);
    }

    public string Summary() =>
        $"{Requests} requests, {string.Join(", ", ByVersion.Select(v => $"version {v.Key}: {v.Value}"))}, {_failures.Count} failed, slowest {Slowest.TotalMilliseconds:0} ms";

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _client.Dispose();
        _stop.Dispose();
    }

    private async Task WorkAsync()
    {
        var lastVersion = 0;
        while (!_stop.IsCancellationRequested)
        {
            var watch = Stopwatch.StartNew();
            string? failure;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "")
                {
                    Content = new StringContent(_body, Encoding.UTF8, "application/json"),
                };
                request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
                // Not the stop token: a request under way is answered in full, and only then does the worker stop.
                using var response = await _client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                failure = !response.IsSuccessStatusCode ? $"HTTP {(int)response.StatusCode}: {text}" : Check(text, ref lastVersion);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException)
            {
                failure = $"{exception.GetType().Name}: {exception.Message}";
            }
            Interlocked.Increment(ref _requests);
            var elapsed = watch.Elapsed.Ticks;
            long slowest;
            while (elapsed > (slowest = Interlocked.Read(ref _slowest)) && Interlocked.CompareExchange(ref _slowest, elapsed, slowest) != slowest)
            {
            }
            if (failure is not null)
            {
                _failures.Enqueue(failure);
            }
        }
    }

    /// <summary>Counts the answer under its version; the check decides whether its content belongs to that version.</summary>
    private string? Check(string text, ref int lastVersion)
    {
        var answer = JsonDocument.Parse(text).RootElement;
        if (!answer.TryGetProperty("extensions", out var extensions) || extensions.GetProperty("dataVersion").ValueKind != JsonValueKind.Number)
        {
            return $"no extensions.dataVersion: {text}";
        }
        var version = extensions.GetProperty("dataVersion").GetInt32();
        _byVersion.AddOrUpdate(version, 1, (_, n) => n + 1);
        Notify(version);
        if (version < lastVersion)
        {
            return $"version {version} after version {lastVersion}: a client went back in time";
        }
        lastVersion = version;
        return _check(answer) is { } wrong ? $"version {version}: {wrong}: {text}" : null;
    }
}
