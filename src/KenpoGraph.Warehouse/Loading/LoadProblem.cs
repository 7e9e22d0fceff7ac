namespace KenpoGraph.Warehouse.Loading;

/// <summary>One thing wrong with the input: where (file, row = line the record starts on, column) and which rule.</summary>
public sealed record LoadProblem(string File, int Row, string? Column, string Rule, string Message)
{
    public override string ToString() =>
        Column is null ? $"{File}:{Row}: {Rule}: {Message}" : $"{File}:{Row}: column {Column}: {Rule}: {Message}";
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
}
