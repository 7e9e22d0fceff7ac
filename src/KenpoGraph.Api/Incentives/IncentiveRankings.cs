using KenpoGraph.Api.Access;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Domain.Incentives;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Incentives;

/// <summary>
/// Reads schemes and indicator figures from the pinned data version and ranks results years with the
/// domain engine. Per request: a ranking asked for by 47 `branch { incentive }` fields is computed once.
/// </summary>
/// <remarks>
/// A rank is a place among all 47 branches, so the inputs are read across all branches
/// (<see cref="RequestWarehouse.AcrossAllBranches"/>) even for a branch-scoped caller; what leaves the API is
/// limited to the caller's branches by the visibility guard (Visibility/VisibilityGuard), and a simulation may only change
/// branches the caller can see (a delta would otherwise reveal another branch's recorded value).
/// </remarks>
internal sealed class IncentiveRankings(RequestWarehouse warehouse, RequestCaller caller)
{
    private IReadOnlyList<SchemeView>? _schemes;
    private readonly Dictionary<int, RankingView> _rankings = [];

    public async Task<IReadOnlyList<SchemeView>> SchemesAsync(CancellationToken cancellationToken)
    {
        if (_schemes is not null)
        {
            return _schemes;
        }
        if (warehouse.Model is { } model)
        {
            // The stored schemes are a pure function of the version (no caller, no override): built once per read model
            // (they were ~3 % of a cold ranking answer when every request built them). The same rows in the same order as
            // the named queries below read them (ReadModel/SqlOrder).
            return _schemes = model.Index("incentives:schemes", static view => Views(
                [.. view.Rows<IncentiveSchemeRow>().OrderBy(s => s.FirstResultsYear)],
                view.Rows<IncentiveSchemeParameter>().OrderBy(p => p.SchemeCode, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)
                    .ToLookup(p => p.SchemeCode),
                view.Rows<IncentiveSchemeIndicator>().OrderBy(i => i.SchemeCode, StringComparer.Ordinal).ThenBy(i => i.Number).ToLookup(i => i.SchemeCode)));
        }
        var db = warehouse.Db;
        return _schemes = Views(await IncentiveWarehouseQueries.Schemes(db).ToListAsync(cancellationToken),
            (await IncentiveWarehouseQueries.Parameters(db).ToListAsync(cancellationToken)).ToLookup(p => p.SchemeCode),
            (await IncentiveWarehouseQueries.Indicators(db).ToListAsync(cancellationToken)).ToLookup(i => i.SchemeCode));
    }

    private static SchemeView[] Views(List<IncentiveSchemeRow> rows, ILookup<string, IncentiveSchemeParameter> parameters,
        ILookup<string, IncentiveSchemeIndicator> indicators) =>
        [.. rows.Select(row => View(row, [.. parameters[row.Code]], [.. indicators[row.Code]], new Dictionary<string, string>()))];

    /// <summary>The scheme built from its stored parameters with <paramref name="overrides"/> (parameter name → value) on top.</summary>
    public static SchemeView View(IncentiveSchemeRow row, IReadOnlyList<IncentiveSchemeParameter> parameters, IReadOnlyList<IncentiveSchemeIndicator> indicators,
        IReadOnlyDictionary<string, string> overrides)
    {
        var ordered = parameters.OrderBy(p => IndexOf(p.Name)).Select(p => overrides.TryGetValue(p.Name, out var value)
            ? new SchemeParameterView(p, value, Overridden: true)
            : new SchemeParameterView(p, p.Value, Overridden: false)).ToArray();
        var (scheme, problems) = IncentiveSchemeParameters.Build(row.Code, row.FirstResultsYear, row.LastResultsYear,
            [.. indicators.Select(i => i.ToRule())], ordered.ToDictionary(p => p.Stored.Name, p => p.Value, StringComparer.Ordinal));
        if (scheme is null)
        {
            // Stored schemes were built at load time, so only overrides can fail here.
            throw new KenpoError(ErrorCodes.InvalidArgument, $"Scheme override refused: {string.Join("; ", problems.Select(p => $"{p.Parameter}: {p.Message}"))}.");
        }
        return new SchemeView(row, ordered, indicators, scheme);
    }

    private static int IndexOf(string name) => IncentiveSchemeParameters.Names.ToList().IndexOf(name);

    public async Task<SchemeView> SchemeForAsync(int resultsYear, CancellationToken cancellationToken)
    {
        var schemes = await SchemesAsync(cancellationToken);
        return schemes.FirstOrDefault(s => s.Scheme.Covers(resultsYear))
            ?? throw new KenpoError(ErrorCodes.InvalidArgument,
                $"No incentive scheme covers FY{resultsYear} results; the schemes cover {string.Join(", ", schemes.Select(Span))} (see `incentiveSchemes`).");
    }

    private static string Span(SchemeView s) => s.Scheme.LastResultsYear is { } last ? $"FY{s.Scheme.FirstResultsYear}–FY{last}" : $"FY{s.Scheme.FirstResultsYear} onwards";

    public async Task<RankingView> RankingAsync(int resultsYear, CancellationToken cancellationToken)
    {
        if (_rankings.TryGetValue(resultsYear, out var known))
        {
            return known;
        }
        if (warehouse.Model is { } model && warehouse.ModelAcrossAllBranches is not null)
        {
            // A pure function of the version and the caller's view: computed once per view (a failed year is not kept).
            var scheme = await SchemeForAsync(resultsYear, cancellationToken);
            return _rankings[resultsYear] = model.Index($"incentives:ranking:{resultsYear}",
                _ => ComputeAsync(scheme, resultsYear, cancellationToken).GetAwaiter().GetResult());
        }
        return _rankings[resultsYear] = await ComputeAsync(await SchemeForAsync(resultsYear, cancellationToken), resultsYear, cancellationToken);
    }

    /// <summary>The ranking of <paramref name="resultsYear"/>; from the read model it completes synchronously (nothing is awaited).</summary>
    private async Task<RankingView> ComputeAsync(SchemeView scheme, int resultsYear, CancellationToken cancellationToken)
    {
        var (branches, quality, inputs) = await InputsAsync(scheme.Scheme, resultsYear, cancellationToken);
        return new RankingView(scheme, Rank(() => IncentiveRanking.Compute(scheme.Scheme, resultsYear, branches)), quality,
            await PublishedAsync(resultsYear, cancellationToken), Simulated: false, inputs);
    }

    public async Task<SimulationView> SimulateAsync(int resultsYear, IReadOnlyList<SimulationChange> changes, IReadOnlyDictionary<string, string> overrides,
        CancellationToken cancellationToken)
    {
        var baseline = await RankingAsync(resultsYear, cancellationToken);
        var simulatedScheme = View(baseline.Scheme.Row, [.. baseline.Scheme.Parameters.Select(p => p.Stored)], baseline.Scheme.Indicators, overrides);
        foreach (var change in changes.Where(c => !caller.Rights.CanSee(c.Branch)))
        {
            throw new KenpoError(ErrorCodes.InsufficientScope, $"The token may not read branch {change.Branch}, so a simulation cannot change it.");
        }
        var (branches, quality, inputs) = await InputsAsync(baseline.Scheme.Scheme, resultsYear, cancellationToken);
        var values = branches.ToDictionary(b => b.BranchCode, StringComparer.Ordinal);
        var absolute = changes.Select(c => c.Resolve(values)).ToArray();
        var result = Rank(() => IncentiveSimulation.Run(baseline.Scheme.Scheme, simulatedScheme.Scheme, resultsYear, branches, absolute));
        // A what-if is computed from the recorded figures with some replaced: it is as demonstrative as the figures it keeps.
        var simulated = new RankingView(simulatedScheme, result.Simulated, quality, baseline.Published, Simulated: true, inputs);
        return new SimulationView(baseline, simulated, [.. result.Moves.Select(m => new MoveView(baseline, simulated, m))], absolute);
    }

    private static T Rank<T>(Func<T> compute)
    {
        try
        {
            return compute();
        }
        catch (IncentiveInputException error)
        {
            throw new KenpoError(error is MissingIncentiveValueException ? ErrorCodes.IncentiveDataIncomplete : ErrorCodes.InvalidArgument, error.Message);
        }
    }

    /// <summary>
    /// Every branch's indicator values for the results year and the year before (and the year before that when the scheme
    /// measures improvements against the previous year's, improvement_scale), and its premium base, in
    /// one statement over the branch roll-ups. All branches count even for a caller who may see only some
    /// of the entries: a rank is a place among all 47.
    /// </summary>
    private async Task<(BranchIndicators[] Branches, Quality Quality, InputQualities Inputs)> InputsAsync(IncentiveScheme scheme, int resultsYear, CancellationToken cancellationToken)
    {
        var measures = scheme.Indicators.Select(i => i.MeasureCode).Append(IncentiveSchemeParameters.FixedRules[IncentiveSchemeParameters.PremiumBase]).ToArray();
        var previousYear = resultsYear - 1;
        var needsTwoYearsBefore = scheme.Indicators.Any(scheme.NeedsTwoYearsBefore);
        List<IndicatorInputRow> rows;
        List<string> branchCodes;
        if (warehouse.ModelAcrossAllBranches is { } all)
        {
            // The same query over the view's rows; it runs once per view and year (the ranking is kept with the view).
            rows = [.. IncentiveWarehouseQueries.InputRows(all.Rows<Rollup>().AsQueryable(), measures, resultsYear, needsTwoYearsBefore ? 3 : 2)];
            branchCodes = [.. all.Rows<OrgUnit>().Where(o => o.Kind == OrgUnitKind.Branch).Select(o => o.Code).Order(StringComparer.Ordinal)];
        }
        else
        {
            var db = warehouse.AcrossAllBranches;
            rows = await IncentiveWarehouseQueries.InputRows(db.Rollups, measures, resultsYear, needsTwoYearsBefore ? 3 : 2).ToListAsync(cancellationToken);
            branchCodes = await IncentiveWarehouseQueries.BranchCodes(db).ToListAsync(cancellationToken);
        }
        var byKey = rows.ToDictionary(r => (r.UnitCode, r.FiscalYear, r.MeasureCode), r => r.Value!.Value);
        var baseMeasure = IncentiveSchemeParameters.FixedRules[IncentiveSchemeParameters.PremiumBase];
        var branches = branchCodes.Select(code =>
        {
            if (!byKey.TryGetValue((code, resultsYear, baseMeasure), out var premiumBase))
            {
                throw new KenpoError(ErrorCodes.IncentiveDataIncomplete,
                    $"Branch {code} has no {baseMeasure} in FY{resultsYear}, the premium base the reward is shared by: the year cannot be ranked.");
            }
            Dictionary<int, decimal> Of(int year) => scheme.Indicators.Where(i => byKey.ContainsKey((code, year, i.MeasureCode)))
                .ToDictionary(i => i.Number, i => byKey[(code, year, i.MeasureCode)]);
            return new BranchIndicators(code, Of(resultsYear), Of(previousYear), premiumBase, needsTwoYearsBefore ? Of(resultsYear - 2) : null);
        }).ToArray();
        var quality = ComputedQuality.Combined(rows.Select(r => r.Quality));
        var numbers = scheme.Indicators.ToDictionary(i => i.MeasureCode, i => i.Number, StringComparer.Ordinal);
        var values = rows.Where(r => numbers.ContainsKey(r.MeasureCode)).ToDictionary(r => (r.UnitCode, r.FiscalYear, numbers[r.MeasureCode]), r => r.Quality);
        var indicators = scheme.Indicators.ToDictionary(i => i.Number,
            i => ComputedQuality.Combined(rows.Where(r => r.MeasureCode == i.MeasureCode).Select(r => r.Quality)));
        return (branches, quality, new InputQualities(values, indicators));
    }

    private async Task<ILookup<string, IncentivePublishedRank>> PublishedAsync(int resultsYear, CancellationToken cancellationToken) =>
        (warehouse.Model is { } model ? model.Rows<IncentivePublishedRank>().Where(p => p.ResultsYear == resultsYear).ToList()
            : await IncentiveWarehouseQueries.PublishedRanks(warehouse.Db, resultsYear).ToListAsync(cancellationToken)).ToLookup(p => p.OrgUnitCode);
}
