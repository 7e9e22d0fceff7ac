namespace KenpoGraph.Domain.Access;

/// <summary>
/// What one caller may read: the permissions its token (or, without a token, the anonymous configuration)
/// grants, and the branches its rows are limited to.
/// </summary>
public sealed class AccessRights
{
    private readonly HashSet<string> _scopes;

    public AccessRights(IEnumerable<string> scopes, BranchRestriction branches)
    {
        _scopes = scopes.Where(s => KenpoScope.All.Contains(s)).ToHashSet(StringComparer.Ordinal);
        Branches = branches;
    }

    /// <summary>The KenpoGraph permissions held, in a stable order (unknown scopes of other APIs are dropped).</summary>
    public IReadOnlyList<string> Scopes => KenpoScope.All.Where(_scopes.Contains).ToArray();

    public BranchRestriction Branches { get; }

    public bool Has(string scope) => _scopes.Contains(scope);

    /// <summary>Budget lines and finance facts need <see cref="KenpoScope.FinanceRead"/>.</summary>
    public bool CanReadFinance => Has(KenpoScope.FinanceRead);

    /// <summary>Whether a row of this org unit (00 = national) is visible; see <see cref="BranchRestriction.Includes"/>.</summary>
    public bool CanSee(string orgUnitCode) => Branches.Includes(orgUnitCode);

    /// <summary>The rows of <paramref name="rows"/> whose org unit the caller may see, for figures computed in memory.</summary>
    public IEnumerable<T> Visible<T>(IEnumerable<T> rows, Func<T, string> orgUnitOf) => rows.Where(row => CanSee(orgUnitOf(row)));

    /// <summary>"scopes=Kenpo.Read Kenpo.Finance.Read;branches=19": equal for callers who see exactly the same data.</summary>
    public override string ToString() => $"scopes={string.Join(' ', Scopes)};branches={Branches}";
}
