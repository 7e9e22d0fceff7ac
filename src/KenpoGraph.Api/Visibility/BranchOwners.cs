using GraphQL.Types;
using KenpoGraph.Api.Aggregation;
using KenpoGraph.Api.Budgets;
using KenpoGraph.Api.Checks;
using KenpoGraph.Api.DataVersions;
using KenpoGraph.Api.Documents;
using KenpoGraph.Api.Facts;
using KenpoGraph.Api.FiscalYears;
using KenpoGraph.Api.Incentives;
using KenpoGraph.Api.Kpis;
using KenpoGraph.Api.Measures;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Paging;
using KenpoGraph.Api.Plans;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Regions;
using KenpoGraph.Api.Rollups;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.Subscriptions;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Visibility;

/// <summary>
/// Every object type of the schema, declared either branch-owned, with the owners its records name, or not
/// branch-owned, with the reason. <see cref="VisibilityGuard"/> refuses to build a schema with an object type missing
/// here, so a new type cannot leave the API without someone deciding whose it is.
/// </summary>
/// <remarks>
/// Aggregates (REGION roll-ups, a ranking's pool, a simulation) are declared not branch-owned: whether one may be
/// disclosed is the disclosure rule's question, not this one's; the branch rows inside them are still checked here.
/// </remarks>
internal static class BranchOwners
{
    private static readonly Dictionary<Type, Declaration> Declared = new Declaration[]
    {
        Owned<OrgUnitType, OrgUnit>(u => [Owner.OrgUnit(u.Code)]),
        Owned<ObservationType, ObservationRecord>(o => [Owner.OrgUnit(o.OrgUnitCode)]),
        Owned<FigureType, Observation>(o => [Owner.OrgUnit(o.OrgUnitCode)]),
        Owned<SourceReferenceType, Observation>(o => [Owner.OrgUnit(o.OrgUnitCode)]),
        Owned<MembershipYearType, MembershipYear>(m => [Owner.OrgUnit(m.OrgUnitCode)]),
        Owned<RollupType, Rollup>(OwnersOf),
        Owned<FactType, FactRecord>(FactType.OwnersOf),
        // A group of one branch (by ORG_UNIT) is that branch's; any other group aggregates (the disclosure rule's, Domain/Aggregation/GroupDisclosure).
        Owned<AggregateGroupType, AggregateGroup>(g => g.OrgUnitCode is { } unit ? [Owner.OrgUnit(unit)] : []),
        Owned<SeriesPointType, SeriesPoint>(p => p.Previous is { } previous ? [.. OwnersOf(p.Current), .. OwnersOf(previous)] : OwnersOf(p.Current)),
        Owned<PlanType, PlanDocument>(p => [Owner.OrgUnit(p.OrgUnitCode)]),
        Owned<PlanNodeType, PlanNode>(n => [Owner.Plan(n.PlanDocumentCode)]),
        Owned<KpiTargetType, KpiTarget>(t => [Owner.OrgUnit(t.OrgUnitCode), Owner.Plan(t.PlanDocumentCode)]),
        Owned<ThresholdResolutionType, KpiTarget>(t => [Owner.OrgUnit(t.OrgUnitCode), Owner.Plan(t.PlanDocumentCode),
            .. (t.ThresholdResultCodes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Owner.KpiResult)]),
        Owned<KpiResultType, KpiResult>(r => [Owner.OrgUnit(r.OrgUnitCode), Owner.Plan(r.PlanDocumentCode)]),
        Owned<KpiComparisonCellType, KpiComparisonCell>(c => [Owner.OrgUnit(c.OrgUnitCode)]),
        Owned<BudgetType, Budget>(b => [Owner.OrgUnit(b.OrgUnitCode), .. b.Plans.Select(p => Owner.Plan(p.Code))]),
        Owned<BudgetLineType, BudgetLine>(l => [Owner.Plan(l.PlanDocumentCode)]),
        Owned<BudgetAmountType, BudgetAmount>(a => [Owner.BudgetLine(a.LineCode)]),
        Owned<LoadCheckType, LoadCheckResult>(c => [c.BudgetLineCode is { } line ? Owner.BudgetLine(line) : Owner.DocumentIssuer(c.DocumentCode)]),
        Owned<IncentiveRankingEntryType, EntryView>(e => [Owner.OrgUnit(e.Entry.BranchCode)]),
        Owned<IncentiveIndicatorScoreType, IndicatorScoreView>(s => [Owner.OrgUnit(s.Entry.Entry.BranchCode)]),
        Owned<IncentiveMoveType, MoveView>(m => [Owner.OrgUnit(m.Move.BranchCode)]),
        Owned<IncentiveChangeType, Domain.Incentives.IndicatorChange>(c => [Owner.OrgUnit(c.BranchCode)]),

        Owned<OrgUnitChangeType, OrgUnitChangeView>(c => [Owner.OrgUnit(c.Code)]),

        NotOwned<QueryType>("the root"),
        NotOwned<SubscriptionType>("the subscription root"),
        NotOwned<DataVersionPublishedType>("an event about a publish, already trimmed to the subscriber's rights (Subscriptions/PublishedChangeView); its org units are checked"),
        NotOwned<TableChangeType>("a table's change counts, given to a branch-limited subscriber only for tables its own rows decide (PublishedChangeView)"),
        NotOwned<NationalFigureChangeType>("a printed headquarters (00) figure, public; regional and national roll-ups are withheld from branch-limited subscribers (PublishedChangeView)"),
        NotOwned<RegionType>("a region's definition is public; its branches and series are checked as they resolve"),
        NotOwned<MeasureType>("a definition"),
        NotOwned<FiscalYearType>("a calendar row"),
        NotOwned<SourceDocumentType>("provenance: national rows cite branch packets; its issuer (orgUnit) and plans are checked as they resolve"),
        NotOwned<SourceType>("the provenance of the row it is asked on, which is checked"),
        NotOwned<PlanNodeFlagMarkType>("a mark of the plan node it is asked on, which is checked"),
        NotOwned<KpiType>("a definition"),
        NotOwned<KpiMethodVersionType>("a definition"),
        NotOwned<IncentiveSchemeType>("the scheme's rules"),
        NotOwned<IncentiveSchemeParameterType>("the scheme's rules"),
        NotOwned<IncentiveIndicatorRuleType>("the scheme's rules"),
        NotOwned<IncentiveRankingType>("an aggregate over all 47 branches (the disclosure rule's); its entries are checked"),
        NotOwned<IncentiveSimulationType>("an aggregate over all 47 branches (the disclosure rule's); its moves, changes and rankings are checked"),
        NotOwned<DataVersionType>("the warehouse version"),
        NotOwned<TableRowCountType>("a whole table's row count"),
        NotOwned<PageInfoType>("a page's position"),
        NotOwned(typeof(ConnectionType<,>), "a page; its nodes and edges are checked"),
        NotOwned(typeof(EdgeType<,>), "a page's edge; its node is checked"),
        NotOwned(typeof(CollectionSegmentType<,>), "an offset page; its items are checked"),
        NotOwned<CollectionSegmentInfoType>("an offset page's position"),
    }.ToDictionary(d => d.GraphType);

    /// <summary>A BRANCH row is its branch's, the NATIONAL row the headquarters' (visible to all); a REGION row aggregates (the disclosure rule's).</summary>
    private static Owner[] OwnersOf(Rollup rollup) => rollup.Level == RollupLevel.Region ? [] : [Owner.OrgUnit(rollup.UnitCode)];

    /// <summary>The declaration for an object graph type, or null when it has none (the schema then does not build).</summary>
    public static Declaration? For(IGraphType type)
    {
        var clr = type.GetType();
        return Declared.GetValueOrDefault(clr)
            ?? (clr.IsGenericType ? Declared.GetValueOrDefault(clr.GetGenericTypeDefinition()) : null);
    }

    private static Declaration Owned<TGraph, TSource>(Func<TSource, IEnumerable<Owner>> owners) where TGraph : ObjectGraphType<TSource> =>
        new(typeof(TGraph), value => owners((TSource)value), null);

    private static Declaration NotOwned<TGraph>(string reason) where TGraph : IObjectGraphType => NotOwned(typeof(TGraph), reason);

    private static Declaration NotOwned(Type graphType, string reason) => new(graphType, null, reason);

    /// <param name="Owners">The owners a value of the type names; null for a type declared not branch-owned.</param>
    /// <param name="NotOwnedBecause">Why the type is not branch-owned.</param>
    internal sealed record Declaration(Type GraphType, Func<object, IEnumerable<Owner>>? Owners, string? NotOwnedBecause);
}
