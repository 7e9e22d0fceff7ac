using KenpoGraph.Domain.Incentives;
using KenpoGraph.Warehouse.Loading;

namespace KenpoGraph.DemoData.Incentives;

/// <summary>The incentive scheme versions of a seed folder, built by the domain engine exactly as the API builds them.</summary>
internal static class ShippedSchemes
{
    public static IReadOnlyList<IncentiveScheme> Of(IncentiveSet incentives) =>
    [
        .. incentives.Schemes.Select(row =>
        {
            var (scheme, problems) = IncentiveSchemeParameters.Build(row.Code, row.FirstResultsYear, row.LastResultsYear,
                [.. incentives.Indicators.Where(i => i.SchemeCode == row.Code).Select(i => i.ToRule())],
                incentives.Parameters.Where(p => p.SchemeCode == row.Code).ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));
            return scheme ?? throw new InvalidOperationException($"scheme {row.Code} does not build: {string.Join("; ", problems.Select(p => p.Message))}");
        }),
    ];

    public static IncentiveScheme? For(IReadOnlyList<IncentiveScheme> schemes, int resultsYear) => schemes.FirstOrDefault(s => s.Covers(resultsYear));
}
