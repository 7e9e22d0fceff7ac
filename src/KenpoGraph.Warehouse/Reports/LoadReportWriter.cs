using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using KenpoGraph.Warehouse.Diffing;

namespace KenpoGraph.Warehouse.Reports;

/// <summary>Writes a load's report as JSON (for tools) and a short text summary (for people), side by side.</summary>
public static class LoadReportWriter
{
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Japanese file names and messages stay readable in the file.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    /// <summary>Writes <c>load-vNNNNNN.json</c> and <c>.txt</c> (or <c>load-&lt;time&gt;-&lt;status&gt;</c>) in <paramref name="directory"/>; returns the JSON file's path.</summary>
    public static async Task<string> WriteAsync(string directory, LoadReport report, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = report.DataVersion is { } id
            ? string.Create(CultureInfo.InvariantCulture, $"load-v{id:000000}")
            : string.Create(CultureInfo.InvariantCulture, $"load-{report.StartedAt.UtcDateTime:yyyyMMdd'T'HHmmssfff'Z'}-{Code(report.Status)}");
        var json = Path.Combine(directory, name + ".json");
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(report, JsonOptions) + "\n", new UTF8Encoding(false), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, name + ".txt"), Summary(report), new UTF8Encoding(false), cancellationToken);
        return json;
    }

    /// <summary>The text form: what happened, counts, warnings, problems and the changes.</summary>
    public static string Summary(LoadReport report)
    {
        var text = new StringBuilder();
        var outcome = report.Status switch
        {
            LoadReportStatus.Published => $"Published data version {report.DataVersion}",
            LoadReportStatus.Unchanged => $"Unchanged: data version {report.PreviousDataVersion} already holds this input",
            LoadReportStatus.Rejected => $"Refused: {report.Problems.Count} problem(s); nothing was written",
            LoadReportStatus.Failed => $"Failed: {report.Failure}; nothing was published",
            _ => $"Cancelled: {report.Failure}; nothing was published",
        };
        text.Append(CultureInfo.InvariantCulture, $"{outcome}.\n");
        text.Append(CultureInfo.InvariantCulture,
            $"Input {report.SeedDirectory}{(report.InputDigest is { } digest ? $" (digest {digest[..12]})" : "")}; started {report.StartedAt:u}, took {report.DurationSeconds:0.0} s.\n");
        if (report.RowCounts is { } counts)
        {
            text.Append(CultureInfo.InvariantCulture, $"Rows: {counts.Values.Sum():N0} in {counts.Count} tables");
            text.Append(CultureInfo.InvariantCulture, $" (fact_observation {counts.GetValueOrDefault("fact_observation"):N0}, fact_rollup {counts.GetValueOrDefault("fact_rollup"):N0}).\n");
        }
        foreach (var warning in report.Warnings)
        {
            text.Append(CultureInfo.InvariantCulture, $"Warning: {warning}\n");
        }
        foreach (var problem in report.Problems)
        {
            text.Append(CultureInfo.InvariantCulture, $"{problem}\n");
        }
        if (report.Changes is { } changes)
        {
            var from = report.PreviousDataVersion is { } previous ? $"data version {previous}" : "an empty warehouse";
            var to = report.DataVersion is { } produced ? $"data version {produced}" : "the input";
            text.Append(ChangeSummary.Of(changes, from, to));
        }
        return text.ToString();
    }

    private static string Code(LoadReportStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());
}
