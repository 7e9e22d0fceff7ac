using System.Globalization;
using KenpoGraph.Domain;
using KenpoGraph.Domain.Figures;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Warehouse.Loading;

/// <summary>The provenance columns of a plan, KPI or budget row, read once.</summary>
internal sealed record RowSource(string DocumentCode, string Locator, Quality Quality, bool Uncertain, string? Note);

/// <summary>Readers for optional fields and for the provenance columns (db/seed/README.md, "Provenance columns").</summary>
internal static class SourcedRow
{
    /// <summary>Columns every sourced file has, after its own.</summary>
    public static SeedColumn[] Columns { get; } =
        [new("document"), new("locator"), new("quality"), new("uncertain"), SeedColumn.Optional("note")];

    /// <summary>document, locator, quality, uncertain and note; null (with problems) where one is wrong.</summary>
    public static RowSource? Source(this SeedRow row, IReadOnlyDictionary<string, SourceDocument> documents)
    {
        var document = SeedReader.Reference(row, "document", documents, SeedFiles.Documents);
        var locator = row.Text("locator");
        var quality = row.Code<Quality>("quality");
        var uncertain = row.Boolean("uncertain");
        var note = row.Text("note", required: false);
        return document is null || locator is null || quality is null || uncertain is null
            ? null
            : new RowSource(document.Code, locator, quality.Value, uncertain.Value, note);
    }

    /// <summary>The row must come from the same source file as the plan document it belongs to.</summary>
    public static void RequireSameDocument(this SeedRow row, RowSource? source, PlanDocument? plan)
    {
        if (source is not null && plan is not null && source.DocumentCode != plan.DocumentCode)
        {
            row.Problem("document", LoadRule.Inconsistent,
                $"'{source.DocumentCode}' differs from the document of plan document '{plan.Code}' ({plan.DocumentCode})");
        }
    }

    public static decimal? OptionalNumber(this SeedRow row, string column) =>
        row.Text(column, required: false) is null ? null : row.Number(column);

    public static int? OptionalInteger(this SeedRow row, string column) =>
        row.Text(column, required: false) is null ? null : row.Integer(column);

    public static TEnum? OptionalCode<TEnum>(this SeedRow row, string column) where TEnum : struct, Enum =>
        row.Text(column, required: false) is null ? null : row.Code<TEnum>(column);

    /// <summary>A date as the sources give it: YYYY-MM-DD, or YYYY-MM where only the month is printed.</summary>
    public static string? OptionalDate(this SeedRow row, string column)
    {
        var text = row.Text(column, required: false);
        if (text is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            || DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return text;
        }
        row.Problem(column, LoadRule.InvalidCode, $"'{text}' is not a date (YYYY-MM-DD) or a month (YYYY-MM)");
        return null;
    }

    /// <summary>
    /// A printed figure that may also be words (実施済, 定性評価): the number where it parses, null for words,
    /// and NOT_A_NUMBER where it has digits but is not a number as the sources print them.
    /// </summary>
    public static (string? Printed, decimal? Value) PrintedFigure(this SeedRow row, string column)
    {
        var printed = row.Text(column, required: false);
        if (printed is null || PrintedNumber.IsNoAmount(printed))
        {
            return (printed, null);
        }
        if (PrintedNumber.TryParse(printed, out var value))
        {
            return (printed, value);
        }
        if (printed.Normalize(System.Text.NormalizationForm.FormKC).Any(char.IsAsciiDigit))
        {
            row.Problem(column, LoadRule.NotANumber, $"'{printed}' is not a number");
        }
        return (printed, null);
    }

    /// <summary>Space-separated codes (flags, line lists).</summary>
    public static string[] Words(this SeedRow row, string column) =>
        row.Text(column, required: false)?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];

    public static string CodeOf<TEnum>(TEnum value) where TEnum : struct, Enum => EnumCode.Of(value);
}
