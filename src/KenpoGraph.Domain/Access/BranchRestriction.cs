using KenpoGraph.Domain.Organisation;

namespace KenpoGraph.Domain.Access;

/// <summary>
/// Which branches' rows a caller may see. Unrestricted callers see every branch; a partner whose token
/// carries <c>kenpo_branches</c> sees only those branches. The headquarters' rows are the national figures
/// and are never restricted. Regional and national roll-ups are not rows of one branch, but an aggregate from which a
/// hidden branch's figure can be derived is that branch's data: disclosure control (Disclosure/DisclosureRule) withholds those.
/// </summary>
public sealed class BranchRestriction
{
    private readonly HashSet<string>? _branches;

    private BranchRestriction(HashSet<string>? branches) => _branches = branches;

    /// <summary>Every branch: callers without a <c>kenpo_branches</c> claim.</summary>
    public static BranchRestriction None { get; } = new(null);

    /// <summary>True when the caller is limited to some branches.</summary>
    public bool IsRestricted => _branches is not null;

    /// <summary>The branch codes the caller may see, in JIS order; null when unrestricted.</summary>
    public IReadOnlyList<string>? Branches => _branches?.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Limits to these branch codes (JIS 01–47); an empty list still shows national and regional figures.</summary>
    public static BranchRestriction To(IEnumerable<OrgUnitCode> branches) =>
        new(branches.Where(b => b.Kind == OrgUnitKind.Branch).Select(b => b.Value).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// Reads the values of a <c>kenpo_branches</c> claim: each value one code or several separated by spaces or
    /// commas ("19", "19 20", "19,20"), as a JSON array or a plain string. A value that is not a JIS branch code
    /// makes the whole claim unusable (null, with the offending text): widening or guessing is never safe.
    /// </summary>
    public static BranchRestriction? Parse(IEnumerable<string> claimValues, out string? invalid)
    {
        invalid = null;
        var codes = new List<OrgUnitCode>();
        foreach (var text in claimValues.SelectMany(v => v.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries)))
        {
            if (!OrgUnitCode.TryParse(text, out var code) || code.Kind != OrgUnitKind.Branch)
            {
                invalid = text;
                return null;
            }
            codes.Add(code);
        }
        return To(codes);
    }

    /// <summary>Whether rows of this org unit are visible: the headquarters always, a branch when unrestricted or listed.</summary>
    public bool Includes(string orgUnitCode) =>
        orgUnitCode == OrgUnitCode.HeadquartersCode || _branches is null || _branches.Contains(orgUnitCode);

    /// <summary>"all", the codes separated by spaces ("19 20"), or "none" for a restriction to no branch.</summary>
    public override string ToString() => Branches switch
    {
        null => "all",
        [] => "none",
        var codes => string.Join(' ', codes),
    };
}
