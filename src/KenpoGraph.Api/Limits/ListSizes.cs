using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using KenpoGraph.Api.Paging;

namespace KenpoGraph.Api.Limits;

/// <summary>
/// The size of every list in the schema, in one place: <see cref="ListSizeGuard"/> fails the schema's start when a
/// list field is missing here, so a new list cannot escape the cost estimate. Assumed sizes are the most the data can
/// hold with room to grow (the shipped data's largest in brackets); where arguments decide the length, the bound is
/// computed from them and the resolver enforces the same caps (<see cref="ListArguments"/>).
/// </summary>
internal static class ListSizes
{
    /// <summary>Fiscal years a warehouse holds at most (FY2015–FY2025 shipped: 11).</summary>
    public const int FiscalYears = 30;

    /// <summary>Measures at most (53 shipped; 15 in the largest subject).</summary>
    public const int Measures = 100;

    /// <summary>Measures of one subject at most (15 shipped, INCENTIVE).</summary>
    public const int MeasuresPerSubject = 30;

    /// <summary>Org units: the headquarters and the 47 prefectures' branches.</summary>
    public const int OrgUnits = 48;

    public const int Branches = 47;

    /// <summary>The roll-up's own row cap (Rollups/RollupQueries).</summary>
    public const int RollupRows = 47 * 11 * 20;

    /// <summary>
    /// Plans at most (19 shipped), plan nodes (86 in the largest plan, 500 in all; the loader refuses a plan of more than
    /// NodesPerPlan, Domain/Plans/PlanBounds) and KPI targets (60 in one plan, 267 in all).
    /// </summary>
    public const int Plans = 200;
    public const int NodesPerPlan = KenpoGraph.Domain.Plans.PlanBounds.MaxNodesPerPlan;
    public const int PlanNodes = 3000;
    public const int TargetsPerPlan = 200;
    public const int KpiTargets = 2000;

    /// <summary>Budget lines of one budget at most (34 shipped).</summary>
    public const int LinesPerBudget = 200;

    private static ListSize Assumed(int size) => new() { AssumedSize = size };

    private static ListSize InChain(string chain, int size, long perRoot, long total = long.MaxValue) =>
        new() { AssumedSize = size, Chain = chain, PerRoot = perRoot, Total = total };

    private static ListSize Roots(string chain, int size, long total) => new() { AssumedSize = size, Chain = chain, ItemsAreRoots = true, Total = total };

    /// <summary>HotChocolate's connection sizing: the page size (first/last, else the default page) applies to nodes and edges.</summary>
    private static readonly ListSize Connection = new()
    {
        AssumedSize = CursorPaging.DefaultPageSize,
        SlicingArguments = ["first", "last"],
        SizedFields = ["edges", "nodes"],
        RequireOneSlicingArgument = false,
    };

    /// <summary>HotChocolate's offset paging sizing: take (else the default page) applies to items.</summary>
    private static readonly ListSize Segment = new()
    {
        AssumedSize = CursorPaging.DefaultPageSize,
        SlicingArguments = ["take"],
        SizedFields = ["items"],
        RequireOneSlicingArgument = false,
    };

    private static ListSize Years() => new() { AssumedSize = FiscalYears, Bound = a => a.YearRange(FiscalYears) };

    public static readonly IReadOnlyDictionary<string, ListSize> All = new Dictionary<string, ListSize>(StringComparer.Ordinal)
    {
        ["Query.nodes"] = new() { AssumedSize = LimitOptions.DefaultMaxNodeBatchSize, Bound = a => a.Count("ids") },
        ["Query.branches"] = Assumed(Branches),
        // One grouping's regions partition the branches: nested, its regions' branches are 47 in all.
        ["Query.regions"] = InChain("grouping", 20, 20), // 8
        ["Region.branches"] = InChain("grouping", Branches, Branches), // 9
        ["Query.fiscalYears"] = Assumed(FiscalYears),
        ["FiscalYear.warekiLabels"] = Assumed(5), // the label's spellings (令和7年度, R7 …)
        ["Query.observations"] = Connection,
        ["Query.aggregate"] = Connection,
        ["Query.observationSegment"] = Segment,
        ["Query.facts"] = Connection,
        ["Query.factSegment"] = Segment,
        ["Query.rollup"] = new()
        {
            AssumedSize = RollupRows,
            Bound = a => Math.Min(RollupRows,
                Math.Min(a.DistinctCount("measures") ?? Measures, ListArguments.MaxMeasures)
                * Math.Min(a.DistinctCount("fiscalYears") ?? FiscalYears, FiscalYears)
                * (a.Enum("level") switch { "NATIONAL" => 1, "REGION" => 20, _ => OrgUnits })),
        },
        ["Query.measures"] = Assumed(Measures),
        ["Query.documents"] = InChain("plan", 50, 50), // 6; each plan is printed in one of them
        ["Query.plans"] = Connection,
        ["Query.planSegment"] = Segment,
        ["Query.kpis"] = Assumed(100), // 45
        ["Query.kpiTargets"] = Connection,
        ["Query.kpiResults"] = Connection,
        ["Query.kpiTargetSegment"] = Segment,
        ["Query.kpiResultSegment"] = Segment,
        ["Query.kpiComparison"] = new()
        {
            AssumedSize = OrgUnits * FiscalYears,
            Bound = a => Math.Min(a.DistinctCount("fiscalYears") ?? 0, FiscalYears) * Math.Min(a.DistinctCount("orgUnits") ?? 0, OrgUnits),
        },
        ["Query.attainmentTallies"] = Assumed(50), // 3
        ["Query.budgetChecks"] = Assumed(50),
        ["Query.incentiveSchemes"] = Assumed(20), // 5
        ["OrgUnit.membership"] = Years(),
        ["OrgUnit.facts"] = new()
        {
            AssumedSize = Measures * FiscalYears,
            Bound = a => Math.Min(a.DistinctCount("measures") ?? (a.DistinctCount("subjects") is { } subjects ? subjects * MeasuresPerSubject : Measures), Measures)
                * a.YearRange(FiscalYears),
        },
        ["OrgUnit.series"] = Years(),
        ["Region.series"] = Years(),
        // A plan's nodes, reached through roots, nodes or children in any nesting, are each node once; its KPI targets
        // hang from at most one node: nested, they count per plan (and in all), not level by level.
        ["SourceDocument.plans"] = Roots("plan", 50, Plans), // 19 plans in all
        ["PlanConnection.nodes"] = Roots("plan", CursorPaging.MaxPageSize, Plans),
        ["PlanConnection.edges"] = Roots("plan", CursorPaging.MaxPageSize, Plans),
        ["PlanEdge.node"] = InChain("plan", 1, 1),
        ["PlanCollectionSegment.items"] = Roots("plan", CursorPaging.MaxPageSize, Plans),
        ["Plan.roots"] = InChain("plan", 30, NodesPerPlan, PlanNodes), // 9
        ["Plan.nodes"] = InChain("plan", NodesPerPlan, NodesPerPlan, PlanNodes), // 86
        ["PlanNode.children"] = InChain("plan", 40, NodesPerPlan, PlanNodes), // 10
        ["Plan.kpiTargets"] = InChain("plan", TargetsPerPlan, TargetsPerPlan, KpiTargets), // 60
        ["PlanNode.kpiTargets"] = InChain("plan", 50, TargetsPerPlan, KpiTargets), // 12
        ["PlanNode.flags"] = Assumed(10), // 2
        ["Kpi.methodVersions"] = Assumed(10), // 3
        ["ThresholdResolution.fiscalYears"] = Assumed(10),
        ["ThresholdResolution.resultCodes"] = Assumed(10),
        ["ThresholdResolution.results"] = Assumed(10),
        ["IncentiveRankingEntry.indicators"] = Assumed(20), // 5
        ["ObservationConnection.nodes"] = Assumed(CursorPaging.MaxPageSize),
        ["AggregateGroupConnection.nodes"] = Assumed(CursorPaging.MaxPageSize),
        ["AggregateGroupConnection.edges"] = Assumed(CursorPaging.MaxPageSize),
        ["ObservationConnection.edges"] = Assumed(CursorPaging.MaxPageSize),
        ["ObservationCollectionSegment.items"] = Assumed(CursorPaging.MaxPageSize),
        ["FactConnection.nodes"] = Assumed(CursorPaging.MaxPageSize),
        ["FactConnection.edges"] = Assumed(CursorPaging.MaxPageSize),
        ["FactCollectionSegment.items"] = Assumed(CursorPaging.MaxPageSize),
        ["KpiTargetConnection.nodes"] = Assumed(CursorPaging.MaxPageSize),
        ["KpiTargetConnection.edges"] = Assumed(CursorPaging.MaxPageSize),
        ["KpiResultConnection.nodes"] = Assumed(CursorPaging.MaxPageSize),
        ["KpiResultConnection.edges"] = Assumed(CursorPaging.MaxPageSize),
        ["KpiTargetCollectionSegment.items"] = Assumed(CursorPaging.MaxPageSize),
        ["KpiResultCollectionSegment.items"] = Assumed(CursorPaging.MaxPageSize),
        ["DataVersion.rowCounts"] = Assumed(50), // 23 tables
        // A publish's changes (Subscriptions/): tables and org units as the warehouse holds them; national figures moved
        // by one load (a first load's appear all at once, and the answer guard bounds that).
        ["DataVersionPublished.tables"] = Assumed(50),
        ["DataVersionPublished.orgUnits"] = Assumed(OrgUnits),
        ["DataVersionPublished.nationalFigures"] = Assumed(Measures * 2),
        ["OrgUnitChange.measures"] = Assumed(Measures),
        ["KpiComparisonCell.targets"] = Assumed(20),
        ["KpiComparisonCell.results"] = Assumed(20),
        ["Budget.plans"] = Assumed(10), // 1
        // A budget's lines, through roots, lines or children in any nesting, are each line once.
        ["Budget.roots"] = InChain("budget", 20, LinesPerBudget), // 3
        ["Budget.lines"] = InChain("budget", LinesPerBudget, LinesPerBudget), // 34
        ["Budget.totals"] = Assumed(20), // 6
        ["BudgetLine.children"] = InChain("budget", 50, LinesPerBudget), // 11
        ["BudgetLine.amounts"] = Assumed(10), // 3
        ["BudgetLine.priorYearLines"] = Assumed(10), // 3
        ["BudgetLine.checks"] = Assumed(10), // 3
        ["IncentiveScheme.indicators"] = Assumed(20), // 5
        ["IncentiveScheme.parameters"] = Assumed(50), // 12
        ["IncentiveScheme.assumptions"] = Assumed(30), // 8
        ["IncentiveRanking.entries"] = Assumed(Branches),
        ["IncentiveSimulation.changes"] = new() { AssumedSize = ListArguments.MaxSimulationChanges, Bound = a => Math.Min(a.Count("changes") ?? 0, ListArguments.MaxSimulationChanges) },
        ["IncentiveSimulation.moves"] = Assumed(Branches),
        ["IncentiveSimulation.changedBranches"] = Assumed(Branches),
        ["IncentiveMove.passed"] = Assumed(Branches),
        ["IncentiveMove.fellBehind"] = Assumed(Branches),
    };

    /// <summary>Fields whose weight is not 1: each computes a whole 47-branch ranking.</summary>
    public static readonly IReadOnlyDictionary<string, int> Weights = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["Query.incentiveRanking"] = 10,
        ["Query.incentiveSimulation"] = 10,
    };
}

/// <summary>
/// Puts each field's <see cref="ListSize"/> and weight where the cost estimate reads them (field metadata) and where
/// clients read them (<c>@listSize</c>, <c>@cost</c> in the SDL); a list field without a declared size, or a declared
/// size for a field that does not exist, stops the schema from initialising.
/// </summary>
internal sealed class ListSizeGuard : BaseSchemaNodeVisitor
{
    public const string WeightKey = "kenpograph:weight";

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema) => Declare(field, type.Name);

    public override void VisitInterfaceFieldDefinition(FieldType field, IInterfaceGraphType type, ISchema schema)
    {
        // Interfaces (Node) declare only scalars here; their implementations carry the sizes.
    }

    public override void PostVisitSchema(ISchema schema)
    {
        var unknown = ListSizes.All.Keys.Concat(ListSizes.Weights.Keys).Where(name => !_seen.Contains(name)).ToArray();
        if (unknown.Length > 0)
        {
            throw new InvalidOperationException($"Limits/ListSizes names fields the schema does not have: {string.Join(", ", unknown)}.");
        }
    }

    private void Declare(FieldType field, string typeName)
    {
        var name = $"{typeName}.{field.Name}";
        if (field.Name.StartsWith("__", StringComparison.Ordinal) || typeName.StartsWith("__", StringComparison.Ordinal))
        {
            return;
        }
        _seen.Add(name);
        if (ListSizes.Weights.TryGetValue(name, out var weight))
        {
            field.WithMetadata(WeightKey, weight);
            field.ApplyDirective(CostDirective.DirectiveName, "weight", weight.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var isList = field.ResolvedType?.GetNamedType() is not null && IsList(field.ResolvedType!);
        if (!ListSizes.All.TryGetValue(name, out var size))
        {
            if (isList)
            {
                throw new InvalidOperationException($"{name} is a list without a declared size: add it to Limits/ListSizes.");
            }
            return;
        }
        field.WithMetadata(ListSize.MetadataKey, size);
        if (!isList)
        {
            // A single object in a chain (an edge's node): counted, nothing to publish.
            return;
        }
        field.ApplyDirective(ListSizeDirective.DirectiveName, directive =>
        {
            directive.AddArgument(new DirectiveArgument("assumedSize") { Value = size.AssumedSize });
            if (size.SlicingArguments.Count > 0)
            {
                directive.AddArgument(new DirectiveArgument("slicingArguments") { Value = size.SlicingArguments.ToList() });
            }
            if (size.SizedFields.Count > 0)
            {
                directive.AddArgument(new DirectiveArgument("sizedFields") { Value = size.SizedFields.ToList() });
            }
            if (size.SlicingArguments.Count > 0)
            {
                directive.AddArgument(new DirectiveArgument("requireOneSlicingArgument") { Value = size.RequireOneSlicingArgument });
            }
        });
    }

    private static bool IsList(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => IsList(nonNull.ResolvedType!),
        ListGraphType => true,
        _ => false,
    };
}
