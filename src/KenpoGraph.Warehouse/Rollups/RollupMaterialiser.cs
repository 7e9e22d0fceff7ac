using KenpoGraph.Domain.Measures;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Warehouse.Rollups;

/// <summary>
/// Computes fact_rollup from the branch observations of a seed set: every measure with a rule, every
/// fiscal year, at branch, region (every grouping) and national level. The arithmetic is the domain's
/// (<see cref="MeasureRule"/>); this class only gathers the inputs and records provenance.
/// </summary>
internal static class RollupMaterialiser
{
    /// <param name="tooLarge">
    /// Told when a measure's roll-up for a year does not fit in a decimal (figures times their weights, a ratio times its
    /// scale): the load reports it instead of throwing (found by the loader fuzzer), and no row is made for it.
    /// </param>
    public static IReadOnlyList<Rollup> Build(IReadOnlyList<OrgUnit> orgUnits, IReadOnlyList<RegionMember> members,
        IReadOnlyList<FiscalYearRow> years, IReadOnlyList<Measure> measures, IReadOnlyList<Observation> observations,
        Action<Measure, int> tooLarge)
    {
        var figures = observations.ToDictionary(o => (o.OrgUnitCode, o.FiscalYear, o.MeasureCode));
        var branches = orgUnits.Where(u => u.Kind == OrgUnitKind.Branch).Select(u => u.Code).Order(StringComparer.Ordinal).ToArray();
        var regions = members.GroupBy(m => (m.GroupingCode, m.RegionCode))
            .OrderBy(g => g.Key.GroupingCode, StringComparer.Ordinal).ThenBy(g => g.Key.RegionCode, StringComparer.Ordinal)
            .Select(g => (g.Key.GroupingCode, g.Key.RegionCode, Branches: g.Select(m => m.OrgUnitCode).ToHashSet(StringComparer.Ordinal)))
            .ToArray();

        var rows = new List<Rollup>();
        foreach (var measure in measures.Where(m => m.Aggregation != AggregationRule.None).OrderBy(m => m.Code, StringComparer.Ordinal))
        {
            var rule = RuleOf(measure);
            foreach (var year in years.Select(y => y.Year).Order())
            {
                var before = rows.Count;
                try
                {
                    AddYear(rows, rule, measure, year, branches, regions, figures);
                }
                catch (OverflowException)
                {
                    rows.RemoveRange(before, rows.Count - before);
                    tooLarge(measure, year);
                }
            }
        }
        return rows;
    }

    private static void AddYear(List<Rollup> rows, MeasureRule rule, Measure measure, int year, string[] branches,
        (string GroupingCode, string RegionCode, HashSet<string> Branches)[] regions, Dictionary<(string, int, string), Observation> figures)
    {
        // The inputs' codes once per measure and year, not once per branch; each figure is looked up once per branch.
        var inputCodes = rule.Inputs.ToArray();
        var leaves = branches.ToDictionary(b => b, b => Leaf(rule, inputCodes, b, year, figures), StringComparer.Ordinal);
        foreach (var branch in branches)
        {
            var (value, quality) = leaves[branch];
            var own = figures.GetValueOrDefault((branch, year, measure.Code));
            var published = PublishedOf(own);
            if (value is null && own is not null)
            {
                // The branch's own figure is its value even where it cannot join a roll-up
                // (a weighted mean without its weight): shown, but counted as no contribution.
                rows.Add(new Rollup
                {
                    Level = RollupLevel.Branch, UnitCode = branch, FiscalYear = year, MeasureCode = measure.Code,
                    Value = own.Value, Contributors = 0, ExpectedContributors = 1, Quality = own.Quality,
                    PublishedValue = published?.Value,
                    Difference = published is null ? null : 0m,
                });
                continue;
            }
            // A branch's own figure keeps its own quality, even when its roll-up weight is demonstration data.
            var ownQuality = own?.Quality ?? quality;
            AddIfAny(rows, RollupLevel.Branch, branch, null, year, measure, value is null ? [] : [(value, ownQuality)], 1, published);
        }
        foreach (var (grouping, region, regionBranches) in regions)
        {
            AddIfAny(rows, RollupLevel.Region, region, grouping, year, measure,
                leaves.Where(l => regionBranches.Contains(l.Key) && l.Value.Value is not null).Select(l => l.Value).ToArray(),
                regionBranches.Count, published: null);
        }
        AddIfAny(rows, RollupLevel.National, OrgUnitCode.HeadquartersCode, null, year, measure,
            leaves.Values.Where(l => l.Value is not null).ToArray(), branches.Length,
            Published(figures, OrgUnitCode.HeadquartersCode, year, measure.Code));
    }

    public static MeasureRule RuleOf(Measure measure) =>
        new(measure.Code, measure.Aggregation, measure.NumeratorCode, measure.DenominatorCode, measure.WeightCode, measure.Scale);

    private static (RollupValue? Value, Quality Quality) Leaf(MeasureRule rule, string[] inputCodes, string branch, int year,
        Dictionary<(string, int, string), Observation> figures)
    {
        var inputs = Array.ConvertAll(inputCodes, code => figures.GetValueOrDefault((branch, year, code)));
        var value = rule.Leaf(code => Array.IndexOf(inputCodes, code) is var input and >= 0 ? inputs[input]?.Value
            : figures.GetValueOrDefault((branch, year, code))?.Value);
        // A branch's own figure keeps its quality; one computed from several of its figures is DERIVED unless any is DEMO.
        var quality = inputs.Any(i => i?.Quality == Quality.Demo) ? Quality.Demo
            : inputs.Length == 1 && inputs[0] is { } single ? single.Quality
            : Quality.Derived;
        return (value, quality);
    }

    private static Observation? Published(Dictionary<(string, int, string), Observation> figures, string unit, int year, string measure) =>
        PublishedOf(figures.GetValueOrDefault((unit, year, measure)));

    /// <summary>A unit's own figure as the sources print it: not when it is demonstration data.</summary>
    private static Observation? PublishedOf(Observation? figure) => figure is { Quality: not Quality.Demo } ? figure : null;

    private static void AddIfAny(List<Rollup> rows, RollupLevel level, string unit, string? grouping, int year, Measure measure,
        IReadOnlyList<(RollupValue? Value, Quality Quality)> parts, int expected, Observation? published)
    {
        if (parts.Count == 0 && published is null)
        {
            return;
        }
        var total = RuleOf(measure).Roll(parts.Select(p => p.Value));
        var quality = parts.Any(p => p.Quality == Quality.Demo) ? Quality.Demo
            : level == RollupLevel.Branch && parts.Count == 1 ? parts[0].Quality
            : Quality.Derived;
        rows.Add(new Rollup
        {
            Level = level,
            UnitCode = unit,
            GroupingCode = grouping,
            FiscalYear = year,
            MeasureCode = measure.Code,
            // A printed branch figure is the branch's value (Yamanashi's printed 79.0 %, not the 79.03 % its demonstration
            // numerator and denominator give): the published figure always wins. Numerator and denominator stay what the
            // region and the nation add up, and the difference shows what they give. National figures are shown beside the
            // roll-up instead (DOMAIN.md "Measures and roll-up rules").
            Value = level == RollupLevel.Branch && published is not null ? published.Value : total.Value,
            Numerator = total.Contributors == 0 ? null : total.Numerator,
            Denominator = total.Contributors == 0 ? null : total.Denominator,
            Contributors = total.Contributors,
            ExpectedContributors = expected,
            Quality = parts.Count == 0 || (level == RollupLevel.Branch && published is not null) ? published!.Quality : quality,
            PublishedValue = published?.Value,
            Difference = total.Value - published?.Value,
        });
    }
}
