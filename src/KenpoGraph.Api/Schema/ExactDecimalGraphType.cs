using GraphQL.Types;

namespace KenpoGraph.Api.Schema;

/// <summary>
/// GraphQL.NET's Decimal scalar, described: figures are exact decimals, never binary floating point. Every
/// decimal leaves the API through here, trimmed of the scale it was stored or computed with
/// (39713000.000000 is sent as 39713000, a JSON integer), so no resolver trims its own. A request may ask for every
/// decimal as a string of these digits (Export/DecimalText), which changes how the JSON writes them, not the digits.
/// </summary>
internal sealed class ExactDecimalGraphType : DecimalGraphType
{
    public ExactDecimalGraphType()
    {
        Name = "Decimal";
        this.Says("An exact decimal number, sent as a JSON number without trailing zeros (e.g. 39713000 or 10.7); with the request header KenpoGraph-Decimals: string, as a JSON string of " +
            "all its digits (\"58.40000124344584229920389675\"), which JavaScript and pandas cannot round.",
            "10進数（JSONの数値。KenpoGraph-Decimals: string ヘッダーで全桁の文字列）。");
    }

    public override object? Serialize(object? value)
    {
        var serialized = base.Serialize(value);
        // Dividing by one written with the largest scale a decimal holds drops trailing zeros and keeps every digit; a
        // decimal without a fractional scale (every count) has none to drop, and the division is skipped.
        return serialized is decimal exact && exact.Scale != 0 ? exact / 1.000000000000000000000000000000000m : serialized;
    }
}
