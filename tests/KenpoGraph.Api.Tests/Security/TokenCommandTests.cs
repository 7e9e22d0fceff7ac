using System.Net;
using KenpoGraph.Api.Cli;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>`kenpograph token` prints a token the server accepts, holding exactly what was asked for.</summary>
[Collection(SecuredApiCollection.Name)]
public sealed class TokenCommandTests(SecuredApi api)
{
    private async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await TokenCommand.RunAsync([.. args, $"--Warehouse:DataDirectory={api.Workspace.DataDirectory}"], output, errors, TimeProvider.System);
        return (exit, output.ToString().Trim(), errors.ToString());
    }

    [Fact]
    public async Task A_printed_token_is_accepted_and_limited_to_its_branches_and_scopes()
    {
        var (exit, token, errors) = await RunAsync("--scopes", "Kenpo.Read", "--branches", "19", "--expires", "2h", "--client-id=cli-partner");
        Assert.Equal(0, exit);
        Assert.DoesNotContain('\n', token);
        Assert.Contains("branches 19", errors, StringComparison.Ordinal);

        var reply = await api.SendAsync("""{ branches { code } budget(account: HEALTH_ACCOUNT, fiscalYear: 2024, orgUnit: "00") { fiscalYear } }""", token);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(["INSUFFICIENT_SCOPE"], reply.ErrorCodes);
        Assert.Equal(["19"], reply.Data.GetProperty("branches").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
        OutsideRights.AssertOnly(reply.Body, "19");
    }

    [Theory]
    [InlineData("--scopes", "Kenpo.Write")]
    [InlineData("--branches", "48")]
    [InlineData("--expires", "yesterday")]
    [InlineData("--branches")]
    [InlineData("--audience")]
    public async Task Bad_arguments_are_usage_errors(params string[] args)
    {
        var (exit, token, errors) = await RunAsync(args);
        Assert.Equal(2, exit);
        Assert.Empty(token);
        Assert.Contains("kenpograph token", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("30m", 30 * 60)]
    [InlineData("8h", 8 * 3600)]
    [InlineData("7d", 7 * 86400)]
    [InlineData("2026-04-02T09:00:00Z", 86400)]
    public void Expiry_takes_a_lifetime_or_a_date_time(string text, int seconds)
    {
        var now = new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(now.AddSeconds(seconds), TokenCommand.Expiry(text, now));
    }
}
