using System.Net;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>An execution longer than Limits:ExecutionTimeoutSeconds is stopped: 504, EXECUTION_TIMEOUT, no partial data.</summary>
public sealed class TimeoutTests(TimeoutTests.ImpatientApi api) : IClassFixture<TimeoutTests.ImpatientApi>
{
    /// <summary>A server that allows a millisecond: less than any page of a thousand observations with their joins takes.</summary>
    public sealed class ImpatientApi() : SecuredApi(new Dictionary<string, string> { ["Limits:ExecutionTimeoutSeconds"] = "0.001" });

    [Fact]
    public async Task An_operation_over_the_execution_timeout_is_stopped_with_504()
    {
        var reply = await api.SendAsync("""
            { observations(first: 1000) { totalCount nodes { orgUnitCode value measure { code nameJa unit } orgUnit { code nameJa region { code } } document { code titleJa } } } }
            """, api.Yamanashi);
        reply.AssertRefused(HttpStatusCode.GatewayTimeout, "EXECUTION_TIMEOUT");
        Assert.DoesNotContain("山梨", reply.Body, StringComparison.Ordinal);
        Assert.Equal("no-store", reply.Headers.CacheControl!.ToString());
    }
}
