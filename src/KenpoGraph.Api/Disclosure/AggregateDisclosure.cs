using GraphQL;
using GraphQL.DataLoader;
using KenpoGraph.Api.Access;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Aggregation;
using KenpoGraph.Domain.Disclosure;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Disclosure;

/// <summary>
/// Disclosure control where aggregates leave the API: every figure of a REGION or NATIONAL roll-up (and anything computed
/// from one, such as the incentive pool) is read through <see cref="Disclosed{T}"/>, which gives null for a cell withheld
/// from the caller (<see cref="DisclosureRule"/>). The cells of a measure are decided together, for all its years, from the
/// contributor structure read across all branches: which branches have a figure, which region of which grouping holds
/// them, and whether the headquarters prints the national figure.
/// </summary>
internal sealed class AggregateDisclosure(RequestWarehouse warehouse, RequestCaller caller, DisclosureDecisions decisions, RequestLoaders loaders)
{
    /// <summary>The code a withheld cell carries (withheldCode, or a field error's extensions.code).</summary>
    public const string Code = Errors.ErrorCodes.DisclosureWithheld;

    public const string Reason =
        "Withheld by disclosure control: with the branches this token may see, the figure would reveal the value of a branch hidden from it, alone or combined with other aggregates.";

    private IReadOnlyList<RegionMember>? _members;

    /// <summary>False for unrestricted callers: they see every aggregate as it is.</summary>
    public bool Applies => caller.Rights.Branches.IsRestricted && decisions.Enabled;

    /// <summary>The cell key of a REGION or NATIONAL roll-up row; null for a BRANCH row (the row filter decides those).</summary>
    public static string? CellOf(RollupLevel level, string unitCode, string? grouping) => level switch
    {
        RollupLevel.Region => $"REGION/{grouping}/{unitCode}",
        RollupLevel.National => "NATIONAL",
        _ => null,
    };

    /// <summary>
    /// <paramref name="figure"/>, or null when any of <paramref name="rows"/> (all of one measure: a series point and the
    /// year before) is withheld from the caller. A plain value when no check is needed, else a batched data-loader result.
    /// </summary>
    public object? Disclosed<T>(Func<T> figure, params Rollup?[] rows)
    {
        var aggregates = rows.OfType<Rollup>().Where(r => CellOf(r.Level, r.UnitCode, r.GroupingCode) is not null).ToArray();
        if (!Applies || aggregates.Length == 0)
        {
            return figure();
        }
        // Null, not default(T): a withheld figure is absent, never zero.
        return Loader().Load(aggregates[0].MeasureCode).Then(withheld => aggregates.Any(r => IsWithheld(withheld, r)) ? null : (object?)figure());
    }

    /// <summary>Whether the roll-up row is withheld from the caller, as a value or a data-loader result.</summary>
    public object Withheld(Rollup row) => CellOf(row.Level, row.UnitCode, row.GroupingCode) is null || !Applies
        ? false
        : Loader().Load(row.MeasureCode).Then(withheld => IsWithheld(withheld, row));

    /// <summary><paramref name="text"/> when the row is withheld from the caller, else null (as a value or a data-loader result).</summary>
    public object? WhenWithheld(Rollup row, string text) => CellOf(row.Level, row.UnitCode, row.GroupingCode) is null || !Applies
        ? null
        : Loader().Load(row.MeasureCode).Then(withheld => IsWithheld(withheld, row) ? text : null);

    /// <summary>Whether a cell (<see cref="CellOf"/>) of the measure and year is withheld from the caller.</summary>
    public async Task<bool> IsWithheldAsync(string measureCode, int fiscalYear, string cell, CancellationToken cancellationToken)
    {
        if (!Applies)
        {
            return false;
        }
        var decided = await Loader().Load(measureCode).GetResultAsync(cancellationToken);
        return decided.TryGetValue(fiscalYear, out var withheld) && withheld.Contains(cell);
    }

    /// <summary>
    /// Whether figures scored against every ranked branch are withheld from the caller: an incentive entry's deviation
    /// scores, scores, total and reward are measured against the mean and spread of each indicator over all ranked
    /// branches, so with the caller's own entries (values and deviation scores) they give each indicator's sum over all
    /// of them, and a token hiding a single branch could subtract its way to that branch's value. One cell over the
    /// ranked branches, decided by the same rule as every roll-up.
    /// </summary>
    public bool WithholdsScoresAgainst(IReadOnlyCollection<string> rankedBranches) =>
        Applies && decisions.Withheld(caller.Rights.Branches, [new DisclosureCell(ScoredAgainstAllCell, rankedBranches)]).Count > 0;

    private const string ScoredAgainstAllCell = "INCENTIVE/RANKED";

    /// <summary>The contributor structure: which branches have a figure that joins the roll-ups of each measure and year.</summary>
    public static IQueryable<Contribution> Contributions(WarehouseDbContext db, string[] measures) => db.Rollups
        .Where(r => r.Level == RollupLevel.Branch && r.Contributors > 0 && measures.Contains(r.MeasureCode))
        .Select(r => new Contribution(r.MeasureCode, r.FiscalYear, r.UnitCode));

    /// <summary>The measures and years whose national figure is public (printed by the headquarters).</summary>
    public static IQueryable<PrintedNationalFigure> PrintedNation(WarehouseDbContext db, string[] measures) => db.Rollups
        .Where(r => r.Level == RollupLevel.National && r.PublishedValue != null && measures.Contains(r.MeasureCode))
        .Select(r => new PrintedNationalFigure(r.MeasureCode, r.FiscalYear));

    /// <summary>Every grouping's regions and their branches.</summary>
    public static IQueryable<RegionMember> Members(WarehouseDbContext db) => db.RegionMembers.AsNoTracking();

    private static bool IsWithheld(IReadOnlyDictionary<int, IReadOnlySet<string>> byYear, Rollup row) =>
        byYear.TryGetValue(row.FiscalYear, out var withheld) && withheld.Contains(CellOf(row.Level, row.UnitCode, row.GroupingCode)!);

    private BatchLoader<string, IReadOnlyDictionary<int, IReadOnlySet<string>>> Loader() =>
        loaders.Get<string, IReadOnlyDictionary<int, IReadOnlySet<string>>>("disclosure", DecideAsync, missing: new Dictionary<int, IReadOnlySet<string>>());

    private async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<int, IReadOnlySet<string>>>> DecideAsync(
        IReadOnlyCollection<string> measures, CancellationToken cancellationToken) =>
        (await StructuresAsync(measures, cancellationToken)).ToDictionary(m => m.Key,
            m => (IReadOnlyDictionary<int, IReadOnlySet<string>>)m.Value.ToDictionary(y => y.Key, y => y.Value.Withheld), StringComparer.Ordinal);

    /// <summary>Whether the caller may see the branch's own figures.</summary>
    public bool Sees(string branch) => caller.Rights.Branches.Includes(branch);

    /// <summary>
    /// The cells of each measure and year (every region of every grouping, the nation) and which are withheld from the
    /// caller: what ad-hoc aggregation (Domain/Aggregation/GroupDisclosure) measures its groups against.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<int, GroupDisclosure.Structure>>> StructuresAsync(
        IReadOnlyCollection<string> measures, CancellationToken cancellationToken)
    {
        // Across all branches: the structure of every cell, as the loader built it. Only which branches contribute is read, never a value.
        var db = warehouse.AcrossAllBranches;
        var contributions = await Contributions(db, [.. measures]).ToListAsync(cancellationToken);
        var printedNation = (await PrintedNation(db, [.. measures]).ToListAsync(cancellationToken))
            .Select(r => (r.MeasureCode, r.FiscalYear)).ToHashSet();
        _members ??= await Members(db).ToListAsync(cancellationToken);
        var regions = _members.GroupBy(m => (m.GroupingCode, m.RegionCode))
            .OrderBy(g => g.Key.GroupingCode, StringComparer.Ordinal).ThenBy(g => g.Key.RegionCode, StringComparer.Ordinal).ToArray();

        return contributions.GroupBy(c => c.MeasureCode).ToDictionary(m => m.Key, m => (IReadOnlyDictionary<int, GroupDisclosure.Structure>)m
            .GroupBy(c => c.FiscalYear).ToDictionary(y => y.Key, y =>
            {
                var contributing = y.Select(c => c.UnitCode).ToHashSet(StringComparer.Ordinal);
                var cells = regions
                    .Select(r => new DisclosureCell(CellOf(RollupLevel.Region, r.Key.RegionCode, r.Key.GroupingCode)!,
                        r.Select(x => x.OrgUnitCode).Where(contributing.Contains).Order(StringComparer.Ordinal).ToArray()))
                    .Where(c => c.Contributors.Count > 0)
                    .Append(new DisclosureCell(CellOf(RollupLevel.National, "", null)!, contributing.Order(StringComparer.Ordinal).ToArray(),
                        Public: printedNation.Contains((m.Key, y.Key))))
                    .ToArray();
                return new GroupDisclosure.Structure(cells, decisions.Withheld(caller.Rights.Branches, cells));
            }), StringComparer.Ordinal);
    }
}

/// <summary>A branch that contributes to a measure's roll-ups in a year (its BRANCH row counts one contribution).</summary>
internal sealed record Contribution(string MeasureCode, int FiscalYear, string UnitCode);

/// <summary>A measure and year whose national figure the headquarters prints.</summary>
internal sealed record PrintedNationalFigure(string MeasureCode, int FiscalYear);

internal static class AggregateDisclosureAccess
{
    /// <summary>Disclosure control for the request this field is resolved for.</summary>
    public static AggregateDisclosure Disclosure(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<AggregateDisclosure>();
}
