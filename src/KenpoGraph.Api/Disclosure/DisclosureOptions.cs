using KenpoGraph.Domain.Disclosure;

namespace KenpoGraph.Api.Disclosure;

/// <summary>The <c>Access:Disclosure</c> configuration section: disclosure control for aggregates (docs/partners-and-access.md).</summary>
internal sealed class DisclosureOptions
{
    public const string Section = "Access:Disclosure";

    /// <summary>
    /// A REGION or NATIONAL roll-up is withheld from a branch-limited caller when some but fewer than this many of its
    /// contributing branches are hidden from it (then further cells, so that no withheld one can be recovered by
    /// subtraction). At least 1: with 1 only the complementary withholding applies, which still hides every derivable branch.
    /// </summary>
    public int MinimumHiddenContributors { get; set; } = DisclosureRule.DefaultMinimumHiddenContributors;
}

/// <summary>
/// Whether disclosure control runs at all. Not configuration: it is always on in the shipped service; the differencing
/// test replaces this service to show that its proof fails without the control.
/// </summary>
internal sealed class DisclosureSwitch
{
    public bool Enabled { get; init; } = true;
}
