using KenpoGraph.Domain.Kpis;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.DemoData.Incentives;

/// <summary>
/// The printed counts of branches whose generic share (indicator ⑤) is at or above 80 %: 44 at FY2022 year-end (seed-001
/// L1149), 44 for March 2024 claims and 47 for March 2025 (seed-004 L632–L634), held as the headquarters' BRANCH_COUNT results
/// of K-GENERIC-SHARE (kpi_results.csv). The demonstration values give each count back exactly: before the ranks are bent, the
/// (47 − count) lowest demonstration branches of the year are held below the threshold and every other branch at or above it,
/// by a margin rounding and reweighting cannot cross, and the bending keeps within those bounds.
/// </summary>
internal static class GenericShareThreshold
{
    /// <summary>使用割合80%以上の支部 (seed-004 L634); 全支部において…80％以上とする (seed-001 L732).</summary>
    public const decimal Percent = 80m;

    /// <summary>The K-GENERIC-SHARE KPI whose headquarters results count branches (kpis.csv).</summary>
    public const string Kpi = "K-GENERIC-SHARE";

    /// <summary>How far from the threshold a value is held (percentage points): far more than one count or a reweighting moves it.</summary>
    private const double Margin = 0.2;

    /// <summary>The printed count of branches at or above the threshold, by the results' data year; two rows of a year must agree.</summary>
    public static IReadOnlyDictionary<int, int> PrintedCounts(IEnumerable<KpiResult> results)
    {
        var counts = new SortedDictionary<int, int>();
        foreach (var result in results.Where(r => r.KpiCode == Kpi && r.PeriodBasis == KpiPeriodBasis.BranchCount
                     && r.OrgUnitCode == OrgUnitCode.HeadquartersCode && r.Value is not null))
        {
            var count = (int)result.Value!.Value;
            if (counts.TryGetValue(result.DataFiscalYear, out var other) && other != count)
            {
                throw new InvalidOperationException($"FY{result.DataFiscalYear}: {Kpi} counts {other} and {count} branches ({result.Code})");
            }
            counts[result.DataFiscalYear] = count;
        }
        return counts;
    }

    public static void Hold(DemoContext context, IndicatorValues values)
    {
        const int generic = 5;
        var threshold = (double)Percent;
        foreach (var (year, count) in PrintedCounts(context.KpiResults).Where(c => context.Years.Contains(c.Key)))
        {
            var published = context.Branches.Where(b => values.IsPublished(b, year, generic)).ToArray();
            var publishedBelow = published.Count(b => values.Value(b, year, generic) < Percent);
            var below = context.Branches.Count - count - publishedBelow;
            // The lowest demonstration branches go below; those with a published rank that year come last, so the bending keeps
            // its room for them.
            var ranked = context.Incentives.PublishedRanks.Where(r => r.ResultsYear == year).Select(r => r.OrgUnitCode).ToHashSet(StringComparer.Ordinal);
            var free = context.Branches.Except(published).OrderBy(b => ranked.Contains(b)).ThenBy(b => values.Value(b, year, generic))
                .ThenBy(b => b, StringComparer.Ordinal).ToArray();
            if (below < 0 || below > free.Length)
            {
                throw new InvalidOperationException($"FY{year}: {count} branches at or above {Percent} % cannot be met with {published.Length} published values");
            }
            var under = free.Take(below).ToHashSet(StringComparer.Ordinal);
            foreach (var branch in free)
            {
                if (under.Contains(branch))
                {
                    values.Restrict(branch, year, generic, double.NegativeInfinity, threshold - Margin);
                }
                else
                {
                    values.Restrict(branch, year, generic, threshold + Margin, double.PositiveInfinity);
                }
            }
        }
    }
}
