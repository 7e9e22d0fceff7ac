using System.Text;
using System.Text.RegularExpressions;
using KenpoGraph.Warehouse.Csv;

namespace KenpoGraph.Warehouse.Tests.Reliability;

/// <summary>One mutated seed file: its name and new bytes (null: the file is deleted).</summary>
internal sealed record SeedMutation(string Kind, string File, byte[]? Bytes)
{
    public string Describe() => Bytes is null ? $"{Kind}: {File} deleted" : $"{Kind}: {File} ({Bytes.Length:N0} bytes)";
}

/// <summary>
/// What a steward's export, an editor or a disk does to a CSV file: rows cut off, removed or repeated, bytes
/// flipped, a column dropped or renamed, numbers far too large or oddly written, text far too long, bytes that are
/// not UTF-8, quotes left open, the file emptied or gone. Every choice comes from the <see cref="Random"/> given,
/// so a seed and a case number reproduce a case.
/// </summary>
internal static partial class SeedMutations
{
    // Far too large (half of them: beyond what decimal holds, or what it holds until a unit's factor multiplies it), then oddly written.
    private static readonly string[] OddNumbers =
    [
        "9999999999999999999999999999999999999999", "79,228,162,514,264,337,593,543,950,335", "79228162514264337593543950335",
        "▲79,228,162,514,264,337,593,543,950,335", "7,922,816,251,426,433,759,354,395,033", "999,999,999,999,999,999,999,999",
        "１００,０００,０００,０００,０００,０００,０００,０００", "999999999999999999", "1000000000000000000", "123456789012345678901.5",
        "1e400", "1E+30", "0.0000000000000000000000000001", "-0", "１２３", "1,2345", "12,34", "1.", ".5", "--1", "▲▲1", "+-1", "NaN",
        "2147483648", "-2147483649", "0x10", "1%%",
    ];

    private static readonly string[] Weights = ["membership.csv", "checkups.csv", "units.csv", "measures.csv", "budget_amounts.csv", "kpi_targets.csv",
        "kpi_results.csv", "org_units.csv", "fiscal_years.csv", "plan_nodes.csv", "budget_lines.csv", "known_discrepancies.csv", "premium_rates.csv"];

    public static SeedMutation Next(Random random, IReadOnlyDictionary<string, byte[]> files)
    {
        // Files with figures and references are where most rules live: picked twice as often.
        var names = files.Keys.Order(StringComparer.Ordinal).ToArray();
        var file = random.Next(3) == 0 ? Weights[random.Next(Weights.Length)] : names[random.Next(names.Length)];
        var bytes = files[file];
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        switch (random.Next(18))
        {
            case 0:
                return new("truncated", file, bytes[..random.Next(bytes.Length + 1)]);
            case 1:
                for (var n = random.Next(1, 4); n > 0 && lines.Count > 2; n--)
                {
                    lines.RemoveAt(random.Next(1, lines.Count));
                }
                return Text("rows removed", file, lines);
            case 2:
                for (var n = random.Next(1, 4); n > 0 && lines.Count > 1; n--)
                {
                    var at = random.Next(1, lines.Count);
                    lines.Insert(random.Next(1, lines.Count + 1), lines[at]);
                }
                return Text("rows duplicated", file, lines);
            case 3:
                var flipped = bytes.ToArray();
                for (var n = random.Next(1, 6); n > 0 && flipped.Length > 0; n--)
                {
                    flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
                }
                return new("bytes flipped", file, flipped);
            case 4:
                var column = random.Next(Math.Max(1, lines[0].Split(',').Length));
                return Text("column dropped", file, lines.Select(l => string.Join(',', l.Split(',').Where((_, i) => i != column))));
            case 5:
                var header = lines[0].Split(',');
                header[random.Next(header.Length)] = Pick(random, ["", "Code", "org unit", "fiscal_year", "value", "printed_value ", "\"quoted\"", "名前"]);
                lines[0] = string.Join(',', header);
                return Text("header renamed", file, lines);
            case 6:
            case 7:
            case 16:
            case 17:
                return OddNumber(random, file, bytes);
            case 8:
                return Replace(random, "huge text", file, lines, AnyField(), () => new string(Pick(random, ['x', '山', ' ']), random.Next(1_000, 200_000)));
            case 9:
                var invalid = bytes.ToList();
                invalid.InsertRange(random.Next(invalid.Count + 1), Pick<byte[]>(random, [[0xFF], [0xC3, 0x28], [0xE2, 0x82], [0x80], [0xED, 0xA0, 0x80], [0x00]]));
                return new("invalid UTF-8", file, [.. invalid]);
            case 10:
                var quoted = lines[random.Next(lines.Count)];
                lines[lines.IndexOf(quoted)] = quoted.Insert(random.Next(quoted.Length + 1), Pick(random, ["\"", "\"\"", "\"x\"y", ",\"", "\r"]));
                return Text("quote chaos", file, lines);
            case 11:
                return random.Next(3) switch
                {
                    0 => new("emptied", file, []),
                    1 => new("header only", file, Encoding.UTF8.GetBytes(lines[0] + "\n")),
                    _ => new("deleted", file, null),
                };
            case 12:
                var row = random.Next(1, Math.Max(2, lines.Count));
                if (row < lines.Count)
                {
                    var fields = lines[row].Split(',');
                    var (a, b) = (random.Next(fields.Length), random.Next(fields.Length));
                    (fields[a], fields[b]) = (fields[b], fields[a]);
                    lines[row] = string.Join(',', fields);
                }
                return Text("fields swapped", file, lines);
            case 13:
                return Replace(random, "reference broken", file, lines, AnyField(), () => Pick(random, ["00", "48", "99", "", "seed-999", "K-NOPE", "千万人", "2014", "2026", "MEMBERSHIP",
                    "membership.nope"]));
            case 14:
                // Still valid: a byte-order mark and CRLF line ends, as a spreadsheet on Windows saves them.
                return new("BOM and CRLF", file, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines))]);
            default:
                return Text("row appended", file, [.. lines.Where(l => l.Length > 0), lines[random.Next(1, Math.Max(2, lines.Count)) % lines.Count] + "," + Pick(random, ["", "extra", "1"])]);
        }
    }

    /// <summary>A figure column (a printed value, a factor, a threshold …) of one row set to an odd or far too large number.</summary>
    private static SeedMutation OddNumber(Random random, string file, byte[] bytes)
    {
        var csv = CsvDocument.Parse(bytes);
        if (csv.Records.Count < 2)
        {
            return new("odd number (no row)", file, bytes);
        }
        var header = csv.Records[0].Fields.Select(f => f.Text).ToArray();
        var figures = header.Select((name, i) => (name, i)).Where(c => FigureColumns.Any(f => c.name.Contains(f, StringComparison.Ordinal))).Select(c => c.i).ToArray();
        var column = figures.Length > 0 ? figures[random.Next(figures.Length)] : random.Next(header.Length);
        var row = random.Next(1, csv.Records.Count);
        var rows = csv.Records.Select((record, r) => record.Fields.Select((field, c) => r == row && c == column ? Pick(random, OddNumbers) : field.Text));
        return new($"odd number in {header[column]}", file, Encoding.UTF8.GetBytes(string.Join('\n', rows.Select(fields => string.Join(',', fields.Select(Quoted))))));
    }

    private static readonly string[] FigureColumns = ["value", "factor", "threshold", "numerator", "denominator", "difference", "count", "scale", "sort_order", "fiscal_year", "version"];

    private static string Quoted(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static SeedMutation Text(string kind, string file, IEnumerable<string> lines) =>
        new(kind, file, Encoding.UTF8.GetBytes(string.Join('\n', lines)));

    /// <summary>Replaces one field matched by <paramref name="field"/> on a random data row (the first match from a random row on).</summary>
    private static SeedMutation Replace(Random random, string kind, string file, List<string> lines, Regex field, Func<string> replacement)
    {
        for (var tries = 0; tries < lines.Count; tries++)
        {
            var row = random.Next(1, Math.Max(2, lines.Count)) % lines.Count;
            var matches = field.Matches(lines[row]);
            if (row > 0 && matches.Count > 0)
            {
                var match = matches[random.Next(matches.Count)];
                var value = replacement();
                // Quoted when the value holds a comma, as a CSV writer would.
                lines[row] = lines[row][..match.Index] + (value.Contains(',') ? $"\"{value}\"" : value) + lines[row][(match.Index + match.Length)..];
                return Text(kind, file, lines);
            }
        }
        return Text(kind + " (no field found)", file, lines);
    }

    [GeneratedRegex(@"(?<=^|,)[^,""]*(?=,|\r?$)")]
    private static partial Regex AnyField();

    private static T Pick<T>(Random random, IReadOnlyList<T> choices) => choices[random.Next(choices.Count)];
}
