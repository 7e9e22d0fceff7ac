using System.Globalization;
using KenpoGraph.Domain;
using KenpoGraph.Domain.Figures;
using KenpoGraph.Warehouse.Csv;

namespace KenpoGraph.Warehouse.Loading;

/// <summary>
/// One record of a seed file with typed accessors. Each accessor reports what is wrong with its
/// field to the shared problem list and returns null, so a single pass finds every problem of a row.
/// </summary>
internal sealed class SeedRow(SeedFile file, CsvRecord record, IReadOnlyDictionary<string, int> columns)
{
    public int Line => record.Line;

    public string File => file.DisplayPath;

    public void Problem(string? column, string rule, string message) =>
        file.Problems.Add(new LoadProblem(file.DisplayPath, record.Line, column, rule, message));

    /// <summary>The field's text; null (with a problem) when it is required and empty or is not UTF-8.</summary>
    public string? Text(string column, bool required = true)
    {
        var field = record.Fields[columns[column]];
        if (!field.IsValidUtf8)
        {
            Problem(column, LoadRule.InvalidUtf8, "the value is not valid UTF-8 text");
            return null;
        }
        var text = field.Text.Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                Problem(column, LoadRule.RequiredValue, "a value is required");
            }
            return null;
        }
        return text;
    }

    public int? Integer(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        Problem(column, LoadRule.NotANumber, $"'{text}' is not a whole number");
        return null;
    }

    /// <summary>
    /// The largest figure a load accepts, in its own unit and in its base unit: 10^18, some 100,000 times the
    /// association's whole budget in yen. Sums of thousands of such figures still fit the warehouse's decimal(28,6)
    /// columns, and nothing a load computes with them overflows .NET's decimal (found by the loader fuzzer: a
    /// 29-digit figure times its unit's factor threw OverflowException out of the loader).
    /// </summary>
    public const decimal MaxFigure = 1_000_000_000_000_000_000m;

    /// <summary>A number as the sources print it (39,713 or ▲0.4).</summary>
    public decimal? Number(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }
        if (!PrintedNumber.TryParse(text, out var value))
        {
            Problem(column, LoadRule.NotANumber, $"'{text}' is not a number");
            return null;
        }
        if (Math.Abs(value) >= MaxFigure)
        {
            Problem(column, LoadRule.OutOfRange, $"'{text}' is beyond ±10^18, the largest figure a load accepts");
            return null;
        }
        return value;
    }

    /// <summary><paramref name="number"/> times its unit's factor (千人 → 人), or null with OUT_OF_RANGE when that is beyond ±10^18.</summary>
    public decimal? InBaseUnit(string column, decimal number, Model.Unit unit)
    {
        if (unit.Factor != 0 && Math.Abs(number) >= MaxFigure / Math.Abs(unit.Factor))
        {
            Problem(column, LoadRule.OutOfRange, $"{number} {unit.Code} is beyond ±10^18 {unit.BaseUnit}, the largest figure a load accepts");
            return null;
        }
        return number * unit.Factor;
    }

    public bool? Boolean(string column)
    {
        var text = Text(column);
        switch (text)
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            default:
                Problem(column, LoadRule.InvalidCode, $"'{text}' is not true or false");
                return null;
        }
    }

    public TEnum? Code<TEnum>(string column) where TEnum : struct, Enum
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }
        if (EnumCode.TryParse<TEnum>(text, out var value))
        {
            return value;
        }
        Problem(column, LoadRule.InvalidCode, $"'{text}' is not one of {string.Join(", ", EnumCode.Codes<TEnum>())}");
        return null;
    }
}
