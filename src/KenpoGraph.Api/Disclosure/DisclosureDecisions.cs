using System.Collections.Concurrent;
using KenpoGraph.Domain.Access;
using KenpoGraph.Domain.Disclosure;
using Microsoft.Extensions.Options;

namespace KenpoGraph.Api.Disclosure;

/// <summary>
/// The withheld cells for one caller restriction and one contributor structure, computed once and kept: the rule depends
/// only on which branches feed which cells, never on values, and most measures and years share a structure (every
/// branch contributes), so a partner's requests after the first compute nothing.
/// </summary>
internal sealed class DisclosureDecisions(IOptions<DisclosureOptions> options, DisclosureSwitch control)
{
    /// <summary>Distinct (restriction, structure) pairs kept; past this the cache starts again (each entry is recomputed in well under a second).</summary>
    private const int MaxEntries = 4096;

    private readonly DisclosureRule _rule = new(options.Value.MinimumHiddenContributors);
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _decided = new(StringComparer.Ordinal);

    public bool Enabled => control.Enabled;

    public IReadOnlySet<string> Withheld(BranchRestriction restriction, IReadOnlyList<DisclosureCell> cells)
    {
        var key = $"{restriction}|{string.Join(';', cells.Select(c => $"{c.Key}{(c.Public ? "!" : "")}={string.Join(',', c.Contributors)}"))}";
        if (_decided.TryGetValue(key, out var known))
        {
            return known;
        }
        if (_decided.Count >= MaxEntries)
        {
            _decided.Clear();
        }
        return _decided[key] = _rule.Withheld(cells, restriction.Includes);
    }
}
