using System.Diagnostics;
using System.Globalization;
using KenpoGraph.Warehouse.Loading;

namespace KenpoGraph.Api.Cli;

/// <summary>
/// One progress line for a person watching a long load, redrawn in place (carriage return, erase to
/// end of line). Only ever used on a terminal: a CI log or a pipe gets nothing from it, so logs stay quiet.
/// </summary>
internal sealed class TerminalProgress(TextWriter terminal) : IProgress<LoadProgress>
{
    // Redrawing more often than a screen refresh costs time and shows nothing more.
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(100);

    private long _lastDrawn;
    private LoadPhase? _lastPhase;
    private bool _drawn;

    /// <summary>A progress line on standard error when it is a terminal; null when it is redirected (CI, pipes, files).</summary>
    public static TerminalProgress? ForStandardError() => Console.IsErrorRedirected ? null : new TerminalProgress(Console.Error);

    public void Report(LoadProgress value)
    {
        var now = Stopwatch.GetTimestamp();
        var phaseChanged = value.Phase != _lastPhase;
        var finished = value.Done >= value.Total;
        if (!phaseChanged && !finished && Stopwatch.GetElapsedTime(_lastDrawn, now) < MinimumInterval)
        {
            return;
        }
        _lastDrawn = now;
        _lastPhase = value.Phase;
        _drawn = true;
        terminal.Write($"\r{Line(value)}\u001b[K");
        terminal.Flush();
    }

    /// <summary>Erases the progress line, so the load's own messages start on a clean line.</summary>
    public void Clear()
    {
        if (_drawn)
        {
            terminal.Write("\r\u001b[K");
            terminal.Flush();
            _drawn = false;
        }
    }

    internal static string Line(LoadProgress value) => value.Phase switch
    {
        LoadPhase.Reading => string.Create(CultureInfo.InvariantCulture, $"Reading and validating: file {value.Done} of {value.Total} ({value.Detail})"),
        LoadPhase.Comparing => value.Detail is null ? "Comparing with an empty warehouse…" : $"Comparing with {value.Detail}…",
        LoadPhase.Writing => string.Create(CultureInfo.InvariantCulture,
            $"Writing: {value.Done:N0} of {value.Total:N0} rows ({(value.Total == 0 ? 100 : 100 * value.Done / value.Total)} %), {value.Detail}"),
        _ => value.Done >= value.Total ? $"Published {value.Detail}." : $"Publishing {value.Detail}…",
    };
}
