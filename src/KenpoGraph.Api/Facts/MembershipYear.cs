using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Facts;

/// <summary>The membership figures of one org unit in one fiscal year, each an observation with its own provenance.</summary>
internal sealed record MembershipYear(string OrgUnitCode, int FiscalYear, IReadOnlyDictionary<string, Observation> Figures)
{
    public Observation? Figure(string measureCode) => Figures.GetValueOrDefault(measureCode);

    public static IEnumerable<MembershipYear> Group(IEnumerable<Observation> observations) => observations
        .GroupBy(o => (o.OrgUnitCode, o.FiscalYear))
        .OrderBy(g => g.Key.FiscalYear)
        .Select(g => new MembershipYear(g.Key.OrgUnitCode, g.Key.FiscalYear, g.ToDictionary(o => o.MeasureCode)));
}
