namespace KenpoGraph.Domain.Aggregation;

/// <summary>One client-defined group of branches, e.g. EAST = 01–23.</summary>
public sealed record CustomGroup(string Code, IReadOnlyList<string> OrgUnits);

/// <summary>A client-defined grouping that cannot be used: the message says why.</summary>
public sealed class InvalidGroupsException(string message) : Exception(message);

/// <summary>
/// A client-defined grouping of branches: every group has a code of its own and at least one branch, every branch is
/// a known branch and in at most one group (groups that overlap would count a branch twice and let one request
/// difference two groups to a single branch). Branches in no group are left out of a grouping by GROUP.
/// </summary>
public sealed class CustomGroups
{
    /// <summary>Groups at most, and branches named at most over all groups.</summary>
    public const int MaxGroups = 47;

    private readonly Dictionary<string, string> _groupOf;

    private CustomGroups(Dictionary<string, string> groupOf, IReadOnlyList<CustomGroup> groups)
    {
        _groupOf = groupOf;
        Groups = groups;
    }

    public IReadOnlyList<CustomGroup> Groups { get; }

    /// <summary>The group code of a branch, or null when the branch is in no group.</summary>
    public string? GroupOf(string branch) => _groupOf.GetValueOrDefault(branch);

    /// <summary>The branches of a group.</summary>
    public IReadOnlyList<string> Members(string code) => Groups.Single(g => g.Code == code).OrgUnits;

    /// <exception cref="InvalidGroupsException">No groups, more than <see cref="MaxGroups"/>, an empty or repeated code, a group
    /// without branches, a code that is no branch, or a branch in two groups.</exception>
    public static CustomGroups Of(IReadOnlyList<CustomGroup> groups, IReadOnlySet<string> branches)
    {
        if (groups.Count == 0)
        {
            throw new InvalidGroupsException("`groups` is empty: give at least one group of branches, or leave GROUP out of `groupBy`.");
        }
        if (groups.Count > MaxGroups)
        {
            throw new InvalidGroupsException($"`groups` has {groups.Count} groups; at most {MaxGroups}.");
        }
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            if (string.IsNullOrWhiteSpace(group.Code))
            {
                throw new InvalidGroupsException("A group's `code` is empty.");
            }
            if (!codes.Add(group.Code))
            {
                throw new InvalidGroupsException($"The group code '{group.Code}' is given twice.");
            }
            if (group.OrgUnits.Count == 0)
            {
                throw new InvalidGroupsException($"The group '{group.Code}' has no `orgUnits`.");
            }
            foreach (var unit in group.OrgUnits)
            {
                if (!branches.Contains(unit))
                {
                    throw new InvalidGroupsException($"The group '{group.Code}' names '{unit}', which is no branch (branch codes are 01–47; `branches` lists them).");
                }
                if (groupOf.TryGetValue(unit, out var other))
                {
                    throw new InvalidGroupsException(other == group.Code
                        ? $"The group '{group.Code}' names branch {unit} twice."
                        : $"Branch {unit} is in both '{other}' and '{group.Code}': groups may not overlap.");
                }
                groupOf[unit] = group.Code;
            }
        }
        return new CustomGroups(groupOf, groups);
    }
}
