using System.Text;

namespace KenpoGraph.Warehouse.Csv;

/// <summary>One field as read: its text, or the fact that its bytes were not valid UTF-8.</summary>
public readonly record struct CsvField(string Text, bool IsValidUtf8);

/// <summary>One record: the line it starts on (1-based, header is line 1) and its fields.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<CsvField> Fields);

/// <summary>A structural problem of the file itself (not of a value).</summary>
public sealed record CsvSyntaxError(int Line, string Message);

/// <summary>
/// An RFC 4180 CSV file read at the byte level. Separators, quotes and line ends are ASCII and never
/// occur inside a multi-byte UTF-8 sequence, so fields are split first and each field is then decoded
/// strictly: an invalid byte is reported against its own line and column instead of spoiling the file.
/// </summary>
public sealed class CsvDocument
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private CsvDocument(IReadOnlyList<CsvRecord> records, IReadOnlyList<CsvSyntaxError> errors)
    {
        Records = records;
        SyntaxErrors = errors;
    }

    /// <summary>All records including the header; blank lines are skipped.</summary>
    public IReadOnlyList<CsvRecord> Records { get; }

    public IReadOnlyList<CsvSyntaxError> SyntaxErrors { get; }

    public static CsvDocument Parse(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            bytes = bytes[bom.Length..];
        }

        var records = new List<CsvRecord>();
        var errors = new List<CsvSyntaxError>();
        var fields = new List<CsvField>();
        var field = new List<byte>(64);
        var line = 1;
        var recordLine = 1;
        var position = 0;

        while (position < bytes.Length)
        {
            fields.Clear();
            recordLine = line;
            var endOfRecord = false;
            while (!endOfRecord)
            {
                field.Clear();
                if (position < bytes.Length && bytes[position] == (byte)'"')
                {
                    position++;
                    var closed = false;
                    while (position < bytes.Length)
                    {
                        var b = bytes[position++];
                        if (b == (byte)'"')
                        {
                            if (position < bytes.Length && bytes[position] == (byte)'"')
                            {
                                field.Add((byte)'"');
                                position++;
                                continue;
                            }
                            closed = true;
                            break;
                        }
                        if (b == (byte)'\n')
                        {
                            line++;
                        }
                        field.Add(b);
                    }
                    if (!closed)
                    {
                        errors.Add(new CsvSyntaxError(recordLine, "a quoted field is not closed before the end of the file"));
                        return new CsvDocument(records, errors);
                    }
                    if (position < bytes.Length && bytes[position] is not ((byte)',' or (byte)'\n' or (byte)'\r'))
                    {
                        errors.Add(new CsvSyntaxError(line, "a closing quote must be followed by a comma or the end of the line"));
                        while (position < bytes.Length && bytes[position] is not ((byte)',' or (byte)'\n'))
                        {
                            position++;
                        }
                    }
                }
                else
                {
                    while (position < bytes.Length && bytes[position] is not ((byte)',' or (byte)'\n'))
                    {
                        field.Add(bytes[position++]);
                    }
                    if (field.Count > 0 && field[^1] == (byte)'\r')
                    {
                        field.RemoveAt(field.Count - 1);
                    }
                }
                fields.Add(Decode(field));

                if (position >= bytes.Length)
                {
                    endOfRecord = true;
                }
                else if (bytes[position] == (byte)',')
                {
                    position++;
                }
                else
                {
                    if (bytes[position] == (byte)'\r')
                    {
                        position++;
                    }
                    if (position < bytes.Length && bytes[position] == (byte)'\n')
                    {
                        position++;
                        line++;
                    }
                    endOfRecord = true;
                }
            }

            var isBlankLine = fields.Count == 1 && fields[0].Text.Length == 0;
            if (!isBlankLine)
            {
                records.Add(new CsvRecord(recordLine, fields.ToArray()));
            }
        }
        return new CsvDocument(records, errors);
    }

    private static CsvField Decode(List<byte> bytes)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes);
        try
        {
            return new CsvField(StrictUtf8.GetString(span), IsValidUtf8: true);
        }
        catch (DecoderFallbackException)
        {
            return new CsvField(Encoding.UTF8.GetString(span), IsValidUtf8: false);
        }
    }
}
