using System.Globalization;
using System.Text;

namespace KenpoGraph.Domain.Figures;

/// <summary>
/// Numbers as the sources print them: thousands separators (39,713), full-width digits (４),
/// ▲ or △ for a negative value (▲0.4), + or ＋ on a change (＋185), an optional percent sign.
/// Nothing else is guessed.
/// </summary>
public static class PrintedNumber
{
    public static bool TryParse(string? printed, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(printed))
        {
            return false;
        }
        var text = printed.Trim().Normalize(NormalizationForm.FormKC);
        var negative = false;
        if (text[0] is '▲' or '△' or '-' or '−')
        {
            negative = true;
            text = text[1..].TrimStart();
        }
        else if (text[0] is '+')
        {
            text = text[1..].TrimStart();
        }
        if (text.EndsWith('%'))
        {
            text = text[..^1].TrimEnd();
        }
        if (text.Length == 0 || !IsGroupedDecimal(text))
        {
            return false;
        }
        if (!decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal),
                NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }
        value = negative ? -value : value;
        return true;
    }

    /// <summary>The dashes the sources print for "no amount" (-, －, ―): an absent figure, never zero.</summary>
    public static bool IsNoAmount(string? printed) => printed?.Trim() is "-" or "－" or "―" or "—" or "‐";

    /// <summary>
    /// Half the step of the last printed digit (65.6 → 0.05, 2,391 → 0.5): how far the true value can lie
    /// from a rounded printed one.
    /// </summary>
    public static decimal RoundingHalfStep(string printed)
    {
        var text = printed.Trim().Normalize(NormalizationForm.FormKC);
        var point = text.IndexOf('.');
        var decimals = point < 0 ? 0 : text[(point + 1)..].TakeWhile(char.IsAsciiDigit).Count();
        var step = 1m;
        for (var i = 0; i < decimals; i++)
        {
            step /= 10;
        }
        return step / 2;
    }

    /// <summary>Digits with commas only between groups of three before the point: 1,234.5 yes, 12,34 no.</summary>
    private static bool IsGroupedDecimal(string text)
    {
        var point = text.IndexOf('.');
        var integer = point < 0 ? text : text[..point];
        var fraction = point < 0 ? string.Empty : text[(point + 1)..];
        if (integer.Length == 0 || (point >= 0 && fraction.Length == 0) || !fraction.All(char.IsAsciiDigit))
        {
            return false;
        }
        var groups = integer.Split(',');
        if (groups.Any(g => g.Length == 0 || !g.All(char.IsAsciiDigit)))
        {
            return false;
        }
        return groups.Length == 1 || (groups[0].Length <= 3 && groups.Skip(1).All(g => g.Length == 3));
    }
}
