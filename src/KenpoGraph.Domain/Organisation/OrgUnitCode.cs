using System.Globalization;

namespace KenpoGraph.Domain.Organisation;

/// <summary>
/// The key of an org unit: <c>00</c> for the headquarters (本部, also the node of national figures) and
/// the JIS prefecture code <c>01</c>–<c>47</c> for the branch (支部) of that prefecture.
/// </summary>
public readonly record struct OrgUnitCode
{
    public const string HeadquartersCode = "00";
    public const int BranchCount = 47;

    private OrgUnitCode(string value) => Value = value;

    public string Value { get; }

    public OrgUnitKind Kind => Value == HeadquartersCode ? OrgUnitKind.Headquarters : OrgUnitKind.Branch;

    public static OrgUnitCode Headquarters { get; } = new(HeadquartersCode);

    /// <summary>The 47 branch codes in JIS order.</summary>
    public static IReadOnlyList<OrgUnitCode> Branches { get; } =
        Enumerable.Range(1, BranchCount).Select(n => new OrgUnitCode(n.ToString("00", CultureInfo.InvariantCulture))).ToArray();

    public static bool TryParse(string? text, out OrgUnitCode code)
    {
        code = default;
        if (text is not { Length: 2 } || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1]))
        {
            return false;
        }
        var number = int.Parse(text, CultureInfo.InvariantCulture);
        if (number > BranchCount)
        {
            return false;
        }
        code = new OrgUnitCode(text);
        return true;
    }

    public static OrgUnitCode Parse(string text) => TryParse(text, out var code)
        ? code
        : throw new FormatException($"'{text}' is not an org unit code: 00 (headquarters) or a JIS prefecture code 01–47.");

    public override string ToString() => Value;
}
