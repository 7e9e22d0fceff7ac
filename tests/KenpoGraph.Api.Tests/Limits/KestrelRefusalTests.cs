using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using KenpoGraph.Api.Tests.EndToEnd;

namespace KenpoGraph.Api.Tests.Limits;

/// <summary>
/// What the real server on Kestrel answers a request that is slow, or larger than Kestrel's own limits, sent over a
/// raw socket as a hostile client would. The request's deadline (Limits:ExecutionTimeoutSeconds, 2 s here) covers
/// reading the body; Kestrel's minimum data rate (240 bytes/s after 5 s) is the other guard.
/// </summary>
public sealed class KestrelRefusalTests : IClassFixture<KestrelRefusalTests.Server>
{
    private readonly Server _server;

    public KestrelRefusalTests(Server server) => _server = server;

    public sealed class Server() : LoopbackServerFixture("--Limits:ExecutionTimeoutSeconds=2", "--Limits:RateLimit:PermitLimit=0");

    [Fact]
    public async Task A_body_that_does_not_arrive_within_the_deadline_is_a_408_with_a_GraphQL_error()
    {
        // Was: 500 after 5 s (Kestrel's minimum data rate threw BadHttpRequestException out of the endpoint).
        var watch = Stopwatch.StartNew();
        var (status, headers, body) = await _server.RawAsync(
            "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAccept: application/graphql-response+json\r\nContent-Length: 200\r\n\r\n{\"query\":\"{ __typ",
            trickle: null);

        Assert.Equal(408, status);
        Assert.Contains("application/graphql-response+json", headers);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("errors")[0];
        Assert.Equal("REQUEST_TIMEOUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("The request body did not arrive within 2 s (Limits:ExecutionTimeoutSeconds, the whole request's deadline); send it at once.",
            error.GetProperty("message").GetString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_request_line_or_headers_over_Kestrels_limits_are_refused_by_Kestrel_before_the_application()
    {
        // Kestrel answers these itself, before any application code runs: no GraphQL body can be written (README).
        var (uriStatus, _, _) = await _server.RawAsync($"GET /graphql?query={new string('x', 10_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n", trickle: null);
        var (headerStatus, _, _) = await _server.RawAsync($"GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: localhost\r\nX-Big: {new string('y', 40_000)}\r\n\r\n", trickle: null);

        Assert.Equal(414, uriStatus);
        Assert.Equal(431, headerStatus);
        // The server answers normally meanwhile.
        var (ok, _, body) = await _server.RawAsync("GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", trickle: null);
        Assert.Equal(200, ok);
        Assert.Contains("\"__typename\":\"Query\"", body);
    }

    [Fact]
    public async Task A_declared_body_over_the_limit_is_a_413_with_a_GraphQL_error()
    {
        var (status, _, body) = await _server.RawAsync(
            "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 50000000\r\nConnection: close\r\n\r\n{", trickle: null);

        Assert.Equal(413, status);
        Assert.Equal("REQUEST_TOO_LARGE", JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}

/// <summary>A <see cref="LoopbackServer"/> with settings, and a raw HTTP/1.1 exchange over a socket.</summary>
public abstract class LoopbackServerFixture(params string[] settings) : IAsyncLifetime
{
    private readonly LoopbackServer _server = new(settings);

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    /// <summary>The running server, e.g. for its development token issuer.</summary>
    internal LoopbackServer Loopback => _server;

    /// <summary>Sends <paramref name="head"/>, then <paramref name="trickle"/> one byte a second, and reads the answer until the server closes or 20 s pass.</summary>
    internal async Task<(int Status, string Headers, string Body)> RawAsync(string head, string? trickle)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_server.GraphQLEndpoint.Host, _server.GraphQLEndpoint.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head));
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var answer = new MemoryStream();
        var reading = ReadAllAsync(stream, answer, bound.Token);
        foreach (var b in Encoding.UTF8.GetBytes(trickle ?? ""))
        {
            if (reading.IsCompleted)
            {
                break;
            }
            try
            {
                await stream.WriteAsync(new[] { b }, bound.Token);
            }
            catch (IOException)
            {
                break;
            }
            await Task.Delay(1000, bound.Token);
        }
        await reading;
        var text = Encoding.UTF8.GetString(answer.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = split < 0 ? text : text[..split];
        var status = int.Parse(headers.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var body = split < 0 ? "" : text[(split + 4)..];
        // A chunked answer: keep the first chunk's data (our error bodies are one small chunk).
        if (headers.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase) && body.IndexOf("\r\n", StringComparison.Ordinal) is var line and > 0)
        {
            var size = Convert.ToInt32(body[..line], 16);
            body = body.Substring(line + 2, size);
        }
        else if (headers.Split("\r\n").FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) is { } length)
        {
            body = body[..Math.Min(body.Length, int.Parse(length["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))];
        }
        return (status, headers, body);
    }

    private static async Task ReadAllAsync(NetworkStream stream, MemoryStream answer, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer, cancellationToken);
                if (read == 0)
                {
                    return;
                }
                answer.Write(buffer, 0, read);
                if (Complete(answer))
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
        }
    }

    /// <summary>Whether the bytes hold a whole response: headers and a Content-Length body or a final chunk.</summary>
    private static bool Complete(MemoryStream answer)
    {
        var text = Encoding.UTF8.GetString(answer.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0)
        {
            return false;
        }
        var headers = text[..split];
        if (headers.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            return text.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
        }
        var length = headers.Split("\r\n").FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        return length is not null && Encoding.UTF8.GetByteCount(text[(split + 4)..]) >= int.Parse(length["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>Kestrel's own minimum body data rate, with the request's deadline (30 s by default) out of the way.</summary>
public sealed class KestrelDataRateTests(KestrelDataRateTests.Server server) : IClassFixture<KestrelDataRateTests.Server>
{
    public sealed class Server() : LoopbackServerFixture("--Limits:RateLimit:PermitLimit=0");

    [Fact]
    public async Task A_body_trickling_slower_than_Kestrels_minimum_rate_is_a_408_with_a_GraphQL_error()
    {
        // Was: 500 INTERNAL_SERVER_ERROR after 5 s: BadHttpRequestException (408) escaped from reading the body.
        var (status, _, body) = await server.RawAsync(
            "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: 200\r\n\r\n{",
            trickle: "\"query\":\"{ __typename }\"                                        ");

        Assert.Equal(408, status);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("errors")[0];
        Assert.Equal("REQUEST_TIMEOUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("The request body arrived too slowly; send it at once.", error.GetProperty("message").GetString());
    }
}
