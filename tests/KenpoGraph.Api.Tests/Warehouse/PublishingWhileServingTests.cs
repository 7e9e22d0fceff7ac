using System.Text.Json;
using KenpoGraph.Api.Cli;

namespace KenpoGraph.Api.Tests.Warehouse;

/// <summary>`kenpograph load` against the warehouse a running server reads.</summary>
public sealed class PublishingWhileServingTests : IDisposable
{
    private const string Query = "{ branches { code nameJa } nationalMembership(fiscalYear: 2024) { members { printedValue } } dataVersion { id inputDigest } }";
    private readonly KenpoGraphApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_refused_load_leaves_the_running_server_answering_exactly_as_before()
    {
        var before = (await _api.QueryAsync(Query)).GetRawText();
        var row = _api.Workspace.ReplaceLine("membership.csv", "00,2024,membership.members,",
            "48,2024,membership.members,\"39,713\",千人,FISCAL_YEAR_END,PUBLISHED,seed-004,L70,");

        var (exitCode, output, errors) = await LoadAsync(_api.Workspace.SeedDirectory);

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Equal(
            $"{Path.Combine(_api.Workspace.SeedDirectory, "membership.csv")}:{row}: column org_unit: UNKNOWN_ORG_UNIT: '48' is not an org unit code: 00 (headquarters) or a JIS prefecture " +
                $"code 01–47\n" +
            $"Load refused: 1 problem(s); nothing was written. The warehouse at {_api.Workspace.DataDirectory} is unchanged.\n" +
            $"Report: {Path.Combine(_api.Workspace.DataDirectory, "reports")}{Path.DirectorySeparatorChar}{ReportName(errors)}\n",
            errors);
        Assert.Matches(@"^load-[0-9]{8}T[0-9]{9}Z-rejected\.json$", ReportName(errors));
        Assert.Equal(before, (await _api.QueryAsync(Query)).GetRawText());
    }

    [Fact]
    public async Task A_published_load_is_served_from_the_next_request_on()
    {
        var before = await _api.QueryAsync(Query);
        Assert.Equal(1, before.GetProperty("extensions").GetProperty("dataVersion").GetInt32());
        _api.Workspace.ReplaceLine("org_units.csv", "19,", "19,BRANCH,山梨,Yamanashi,全国健康保険協会山梨支部,Yamanashi Branch (renamed in test)");

        var (exitCode, output, _) = await LoadAsync(_api.Workspace.SeedDirectory);

        Assert.Equal(0, exitCode);
        Assert.StartsWith($"Published data version 2 at {_api.Workspace.DataDirectory}", output);
        var after = await _api.QueryAsync(Query);
        Assert.Equal(2, after.GetProperty("extensions").GetProperty("dataVersion").GetInt32());
        Assert.Equal(2, after.GetProperty("data").GetProperty("dataVersion").GetProperty("id").GetInt32());
        Assert.NotEqual(before.GetProperty("data").GetProperty("dataVersion").GetProperty("inputDigest").GetString(),
            after.GetProperty("data").GetProperty("dataVersion").GetProperty("inputDigest").GetString());
    }

    [Fact]
    public async Task Loading_unchanged_input_publishes_nothing()
    {
        var (exitCode, output, _) = await LoadAsync(_api.Workspace.SeedDirectory);
        Assert.Equal(0, exitCode);
        Assert.StartsWith($"Unchanged: data version 1 at {_api.Workspace.DataDirectory} already holds this input", output);
    }

    /// <summary>The report's file name from the `Report: path` line (its time stamp is the load's).</summary>
    private static string ReportName(string output) => Path.GetFileName(output.Split('\n').Single(l => l.StartsWith("Report: ", StringComparison.Ordinal))["Report: ".Length..]);

    private async Task<(int ExitCode, string Output, string Errors)> LoadAsync(string seedDirectory)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var errors = new StringWriter { NewLine = "\n" };
        var exitCode = await LoadCommand.RunAsync([seedDirectory, $"--Warehouse:DataDirectory={_api.Workspace.DataDirectory}"], output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }
}
