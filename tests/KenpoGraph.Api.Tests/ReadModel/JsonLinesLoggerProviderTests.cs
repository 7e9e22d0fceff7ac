using System.Text;
using System.Text.Json;
using KenpoGraph.Api.Logging;
using Microsoft.Extensions.Logging;

namespace KenpoGraph.Api.Tests.ReadModel;

/// <summary>Production's batched JSON log (Logging/JsonLinesLoggerProvider): the console formatter's shape, every line kept.</summary>
public sealed class JsonLinesLoggerProviderTests
{
    [Fact]
    public void Lines_have_the_JSON_console_formatters_shape_with_Japanese_as_written()
    {
        using var output = new MemoryStream();
        using (var provider = new JsonLinesLoggerProvider(output))
        {
            provider.CreateLogger("KenpoGraph.Audit").LogInformation("支部 {Branch} の {Count} 件 at {Rate}", "山梨", 3, 1.5m);
        }

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.EndsWith("\n", text);
        Assert.Contains("山梨", text);
        var line = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Information", line.GetProperty("LogLevel").GetString());
        Assert.Equal("KenpoGraph.Audit", line.GetProperty("Category").GetString());
        Assert.Equal("支部 山梨 の 3 件 at 1.5", line.GetProperty("Message").GetString());
        var state = line.GetProperty("State");
        // As the console formatter writes it: the state's own text, which is the formatted message.
        Assert.Equal("支部 山梨 の 3 件 at 1.5", state.GetProperty("Message").GetString());
        Assert.Equal("山梨", state.GetProperty("Branch").GetString());
        Assert.Equal(3, state.GetProperty("Count").GetInt32());
        Assert.Equal(1.5m, state.GetProperty("Rate").GetDecimal());
        Assert.Equal("支部 {Branch} の {Count} 件 at {Rate}", state.GetProperty("{OriginalFormat}").GetString());
    }

    [Fact]
    public void No_line_is_lost_when_many_threads_fill_a_small_queue_and_disposing_writes_out_the_rest()
    {
        using var output = new MemoryStream();
        using (var provider = new JsonLinesLoggerProvider(output, capacity: 4))
        {
            var logger = provider.CreateLogger("test");
            Parallel.For(0, 4, thread =>
            {
                for (var i = 0; i < 500; i++)
                {
                    logger.LogInformation("line {Thread} {Index}", thread, i);
                }
            });
        }

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2000, lines.Length);
        var seen = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("Message").GetString()).ToHashSet();
        Assert.Equal(2000, seen.Count);
        // Each thread's lines keep their order.
        foreach (var thread in Enumerable.Range(0, 4))
        {
            var indexes = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("State"))
                .Where(s => s.GetProperty("Thread").GetInt32() == thread).Select(s => s.GetProperty("Index").GetInt32()).ToArray();
            Assert.Equal(Enumerable.Range(0, 500), indexes);
        }
    }
}
