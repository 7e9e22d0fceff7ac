using KenpoGraph.Api.Tests.Reliability;

namespace KenpoGraph.Api.Tests.Cli;

/// <summary>The real program asked for help prints the usage and exits, whatever way it is asked.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_prints_the_usage_instead_of_starting_the_server(string argument)
    {
        // Was: --help and -h started the server (a first argument starting with '-' was read as serve's configuration).
        using var child = KenpographProcess.Start(argument, "--Warehouse:DataDirectory=/nonexistent/kenpograph-help-test");

        var exit = await child.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, exit);
        Assert.Contains("Usage:", child.Output);
        Assert.Contains("kenpograph load [path]", child.Output);
        Assert.DoesNotContain("Now listening", child.Output + child.Errors);
    }
}
