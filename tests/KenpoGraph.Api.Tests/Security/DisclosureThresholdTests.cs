using Microsoft.Extensions.Options;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>The threshold of disclosure control is configuration (Access:Disclosure:MinimumHiddenContributors), checked when the server starts.</summary>
public sealed class DisclosureThresholdTests
{
    private sealed class ApiWithThreshold(string threshold)
        : SecuredApi(new Dictionary<string, string> { ["Access:Disclosure:MinimumHiddenContributors"] = threshold });

    [SkippableFact]
    public async Task A_higher_threshold_withholds_regions_with_fewer_hidden_branches()
    {
        using var api = new ApiWithThreshold("5");
        var reply = await api.SendAsync("""{ rollup(measures: ["membership.insured"], fiscalYears: [2023], level: REGION) { unitCode withheld } }""", api.Yamanashi);
        var withheld = reply.AssertAnswered().GetProperty("rollup").EnumerateArray().Where(r => r.GetProperty("withheld").GetBoolean())
            .Select(r => r.GetProperty("unitCode").GetString()!).ToArray();
        // Shikoku has 4 branches, all hidden from 19: under 5, so withheld by the threshold itself, and Hokkaido (1) too. No
        // complement is needed: the nation minus the six others gives the five branches of both together, not one of them.
        Assert.Equal(["HOKKAIDO", "SHIKOKU"], withheld);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void A_threshold_below_one_stops_the_server_at_start(string threshold)
    {
        var failure = Assert.ThrowsAny<Exception>(() => new ApiWithThreshold(threshold));
        var validation = failure as OptionsValidationException ?? failure.InnerException as OptionsValidationException
            ?? (failure as AggregateException)?.InnerExceptions.OfType<OptionsValidationException>().FirstOrDefault();
        Assert.True(validation is not null, failure.ToString());
        Assert.Contains("MinimumHiddenContributors", validation!.Message, StringComparison.Ordinal);
    }
}
