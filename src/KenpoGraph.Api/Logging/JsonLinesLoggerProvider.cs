using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading.Channels;

namespace KenpoGraph.Api.Logging;

/// <summary>
/// Production's log: one JSON object per line on standard output, in the shape of ASP.NET Core's JSON console formatter
/// (EventId, LogLevel, Category, Message, Exception, State), so log collectors read it as before. Each line is formatted
/// on the logging thread into its own buffer and handed to one background writer, which writes what has queued within
/// a couple of milliseconds in one call and flushes it. The console logger's per-line lock and write were half of a response-cache
/// hit's CPU, the audit line being written once per request (bench/results, issue 20). No line is dropped: when the
/// queue is full the logging thread waits for room; disposing writes out what is queued.
/// </summary>
internal sealed class JsonLinesLoggerProvider : ILoggerProvider
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly Channel<byte[]> _lines;
    private readonly Stream _output;
    private readonly Task _writer;

    public JsonLinesLoggerProvider(Stream output, int capacity = 16_384)
    {
        _output = output;
        _lines = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _writer = Task.Run(WriteAsync);
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
        _lines.Writer.TryComplete();
        _writer.GetAwaiter().GetResult();
    }

    private void Enqueue(byte[] line)
    {
        if (!_lines.Writer.TryWrite(line))
        {
            // Full (or completed at shutdown, when the wait ends at once): wait for room rather than lose the line.
            _lines.Writer.WriteAsync(line).AsTask().ContinueWith(static _ => { }, TaskScheduler.Default).GetAwaiter().GetResult();
        }
    }

    private async Task WriteAsync()
    {
        var reader = _lines.Reader;
        // Lines are gathered into one write: on a busy server a write call and a wake-up of this thread per line were
        // most of what the audit line still cost (perf of response-cache hits, issue 20).
        // Not disposed: the output (standard output) outlives the provider; every batch is flushed.
        var batch = new BufferedStream(_output, 64 * 1024);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            // What arrives within a moment of the first line goes in the same write; a line is never held longer.
            await Task.Delay(CoalesceMilliseconds).ConfigureAwait(false);
            while (reader.TryRead(out var line))
            {
                batch.Write(line);
            }
            batch.Flush();
        }
    }

    /// <summary>How long the writer waits after a first line for others to join it (a log line's added delay at most).</summary>
    private const int CoalesceMilliseconds = 2;

    /// <summary>One line: the object and its newline, as the JSON console formatter writes it.</summary>
    internal static byte[] Format<TState>(string category, LogLevel level, EventId eventId, TState state, Exception? exception, string message)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("EventId", eventId.Id);
            json.WriteString("LogLevel", level.ToString());
            json.WriteString("Category", category);
            json.WriteString("Message", message);
            if (exception is not null)
            {
                json.WriteString("Exception", exception.ToString());
            }
            if (state is IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                json.WriteStartObject("State");
                // The JSON console formatter writes state.ToString() here; every state of Microsoft.Extensions.Logging
                // (LoggerMessage's, FormattedLogValues) is formatted by exactly that, so the message already made is
                // written again instead of formatting it a second time (a third of the audit line's cost).
                json.WriteString("Message", message);
                foreach (var (key, value) in values)
                {
                    WriteValue(json, key, value);
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter json, string key, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(key);
                break;
            case bool b:
                json.WriteBoolean(key, b);
                break;
            case int or long or short or byte or sbyte or ushort or uint or ulong or double or float or decimal:
                json.WritePropertyName(key);
                json.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!, skipInputValidation: true);
                break;
            default:
                json.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private sealed class Logger(JsonLinesLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Enqueue(Format(category, logLevel, eventId, state, exception, formatter(state, exception)));
            }
        }
    }
}
