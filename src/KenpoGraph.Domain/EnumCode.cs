using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Text;

namespace KenpoGraph.Domain;

/// <summary>
/// The textual code of an enum member as the seed files, the database and the API spell it:
/// FiscalYearEnd ↔ FISCAL_YEAR_END.
/// </summary>
public static class EnumCode
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        CodesOf<TEnum>.ByValue.TryGetValue(value, out var code) ? code : ScreamingSnake(value.ToString());

    /// <summary>PascalCase to SCREAMING_SNAKE: FiscalYearEnd → FISCAL_YEAR_END; a number starts a word: Average3Y → AVERAGE_3Y.</summary>
    public static string ScreamingSnake(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            // A capital after a digit belongs to the number's word (3Y), not a new one.
            var startsWord = i > 0 && !char.IsDigit(name[i - 1]) && (char.IsUpper(name[i]) || char.IsDigit(name[i]));
            if (startsWord)
            {
                builder.Append('_');
            }
            builder.Append(char.ToUpperInvariant(name[i]));
        }
        return builder.ToString();
    }

    public static bool TryParse<TEnum>(string? code, out TEnum value) where TEnum : struct, Enum
    {
        if (code is not null && CodesOf<TEnum>.ByCode.TryGetValue(code, out value))
        {
            return true;
        }
        value = default;
        return false;
    }

    public static TEnum Parse<TEnum>(string code) where TEnum : struct, Enum =>
        TryParse<TEnum>(code, out var value)
            ? value
            : throw new FormatException($"'{code}' is not one of {string.Join(", ", Codes<TEnum>())}.");

    public static IEnumerable<string> Codes<TEnum>() where TEnum : struct, Enum => CodesOf<TEnum>.InOrder;

    /// <summary>
    /// Each enum's codes, spelt once per type: every warehouse row converts its enum columns through here, and
    /// spelling them per row (a StringBuilder per candidate member) was a measurable share of a large query (bench/).
    /// Immutable once built.
    /// </summary>
    private static class CodesOf<TEnum> where TEnum : struct, Enum
    {
        public static readonly ReadOnlyCollection<string> InOrder = Array.AsReadOnly(Enum.GetValues<TEnum>().Select(value => ScreamingSnake(value.ToString())).ToArray());

        public static readonly FrozenDictionary<TEnum, string> ByValue = Enum.GetValues<TEnum>()
            .Zip(InOrder).DistinctBy(pair => pair.First).ToFrozenDictionary(pair => pair.First, pair => pair.Second);

        // The first member spelt a code wins, as the linear search did.
        public static readonly FrozenDictionary<string, TEnum> ByCode = Enum.GetValues<TEnum>()
            .Zip(InOrder).DistinctBy(pair => pair.Second).ToFrozenDictionary(pair => pair.Second, pair => pair.First, StringComparer.Ordinal);
    }
}
