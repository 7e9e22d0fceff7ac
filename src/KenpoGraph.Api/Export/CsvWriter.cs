using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KenpoGraph.Api.Export;

/// <summary>
/// Writes a table of a complete GraphQL answer (its JSON, as the JSON answer would be sent) as RFC 4180 CSV: UTF-8 with
/// a byte-order mark (Excel reads Japanese only so), a header row of the column names, one line per element of the
/// table's list, CRLF line ends, a field quoted when it holds a comma, a quote, CR or LF (quotes doubled). Numbers
/// are their digits in the invariant culture, never an exponent (a Float's 1E-05 is written 0.00001); null and
/// absent values are empty; true and false are written so.
/// </summary>
internal static class CsvWriter
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="answer"/>'s table to <paramref name="output"/>; the rows it wrote.</summary>
    public static int Write(CsvTable table, ReadOnlyMemory<byte> answer, Stream output)
    {
        using var json = JsonDocument.Parse(answer);
        output.Write(ByteOrderMark);
        var line = new StringBuilder();
        Line(line, table.Columns.Select(c => c.Name));
        Flush(line, output);
        var rows = 0;
        foreach (var row in Rows(table, json.RootElement))
        {
            Line(line, table.Columns.Select(c => Cell(At(row, c.Path))));
            Flush(line, output);
            rows++;
        }
        return rows;
    }

    private static IEnumerable<JsonElement> Rows(CsvTable table, JsonElement answer)
    {
        if (!answer.TryGetProperty("data", out var list))
        {
            return [];
        }
        foreach (var key in table.RowPath)
        {
            if (list.ValueKind != JsonValueKind.Object || !list.TryGetProperty(key, out list))
            {
                return [];
            }
        }
        return list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : [];
    }

    private static JsonElement? At(JsonElement row, IReadOnlyList<string> path)
    {
        var value = row;
        foreach (var key in path)
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(key, out value))
            {
                return null;
            }
        }
        // A list of leaves is its own column (CsvTable: an empty path).
        return value;
    }

    /// <summary>A value's text in a cell.</summary>
    internal static string Cell(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String => value.Value.GetString()!,
        JsonValueKind.Number => Digits(value.Value.GetRawText()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        null or JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => value.Value.GetRawText(),
    };

    /// <summary>A JSON number's digits without an exponent: exact decimals are already so (Schema/ExactDecimalGraphType).</summary>
    internal static string Digits(string number)
    {
        if (number.IndexOfAny(['e', 'E']) < 0)
        {
            return number;
        }
        return decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            ? (exact / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture)
            // Beyond a decimal's range (only a Float could be): its digits written out in full.
            : double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("F0", CultureInfo.InvariantCulture);
    }

    private static void Line(StringBuilder line, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                line.Append(',');
            }
            first = false;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(field);
            }
        }
        line.Append("\r\n");
    }

    private static void Flush(StringBuilder line, Stream output)
    {
        output.Write(Utf8.GetBytes(line.ToString()));
        line.Clear();
    }
}
