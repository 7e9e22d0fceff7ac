namespace KenpoGraph.Warehouse.Loading;

/// <summary>One thing wrong with the input: where (file, row = line the record starts on, column) and which rule.</summary>
public sealed record LoadProblem(string File, int Row, string? Column, string Rule, string Message)
{
    /// <summary>Longer messages keep their start and end: they quote the input, and a field can hold 200,000 characters.</summary>
    public const int MaxMessageLength = 400;

    /// <summary>
    /// One line, whatever the input quoted in it holds: a report is one problem per line (found by the loader fuzzer:
    /// a quoted field with a carriage return split its report line in two).
    /// </summary>
    public string Message { get; init; } = OneLine(Message);

    public override string ToString() =>
        Column is null ? $"{File}:{Row}: {Rule}: {Message}" : $"{File}:{Row}: column {OneLine(Column)}: {Rule}: {Message}";

    private static string OneLine(string text)
    {
        var line = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            line.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        var oneLine = line.ToString();
        return oneLine.Length <= MaxMessageLength ? oneLine
            : $"{oneLine[..(MaxMessageLength / 2)]} … ({oneLine.Length:N0} characters) … {oneLine[^(MaxMessageLength / 2)..]}";
    }
}

/// <summary>The stable rule codes a load report uses (documented in db/seed/README.md).</summary>
public static class LoadRule
{
    public const string FileMissing = "FILE_MISSING";
    public const string UnknownFile = "UNKNOWN_FILE";
    public const string MalformedCsv = "MALFORMED_CSV";
    public const string InvalidUtf8 = "INVALID_UTF8";
    public const string MissingColumn = "MISSING_COLUMN";
    public const string UnknownColumn = "UNKNOWN_COLUMN";
    public const string RequiredValue = "REQUIRED_VALUE";
    public const string NotANumber = "NOT_A_NUMBER";
    public const string NegativeValue = "NEGATIVE_VALUE";
    public const string InvalidCode = "INVALID_CODE";
    public const string DuplicateKey = "DUPLICATE_KEY";
    public const string UnknownOrgUnit = "UNKNOWN_ORG_UNIT";
    public const string UnknownFiscalYear = "UNKNOWN_FISCAL_YEAR";
    public const string UnknownReference = "UNKNOWN_REFERENCE";
    public const string UnitMismatch = "UNIT_MISMATCH";
    public const string Incomplete = "INCOMPLETE";
    public const string Inconsistent = "INCONSISTENT";
    public const string InvalidTree = "INVALID_TREE";
    public const string CheckFailed = "CHECK_FAILED";
    public const string OutOfRange = "OUT_OF_RANGE";
    public const string FileUnreadable = "FILE_UNREADABLE";
}
