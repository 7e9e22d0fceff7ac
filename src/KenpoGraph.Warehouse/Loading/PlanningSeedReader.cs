using KenpoGraph.Domain.Plans;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Warehouse.Loading;

/// <summary>Everything a load writes about plans, KPIs and budgets, and the checks it ran on them.</summary>
public sealed class PlanningSet
{
    public required IReadOnlyList<PlanDocument> PlanDocuments { get; init; }
    public required IReadOnlyList<PlanNode> PlanNodes { get; init; }
    public required IReadOnlyList<Kpi> Kpis { get; init; }
    public required IReadOnlyList<KpiMethodVersion> KpiMethodVersions { get; init; }
    public required IReadOnlyList<KpiTarget> KpiTargets { get; init; }
    public required IReadOnlyList<KpiResult> KpiResults { get; init; }
    public required IReadOnlyList<BudgetLine> BudgetLines { get; init; }
    public required IReadOnlyList<BudgetAmount> BudgetAmounts { get; init; }
    public required IReadOnlyList<LoadCheckResult> CheckResults { get; init; }

    /// <summary>Rows per warehouse table, merged into the data version's counts.</summary>
    public IEnumerable<KeyValuePair<string, int>> RowCounts =>
    [
        new("dim_plan_document", PlanDocuments.Count), new("dim_plan_node", PlanNodes.Count), new("dim_kpi", Kpis.Count),
        new("dim_kpi_method_version", KpiMethodVersions.Count), new("fact_kpi_target", KpiTargets.Count),
        new("fact_kpi_result", KpiResults.Count), new("dim_budget_line", BudgetLines.Count),
        new("fact_budget_amount", BudgetAmounts.Count), new("check_result", CheckResults.Count),
    ];
}

/// <summary>
/// Reads and validates the plan, KPI and budget files (db/seed/README.md), then runs the checks on the
/// published figures: budget trees sum, budgets continue last year's, printed attainment tallies hold.
/// A check that fails without a recorded discrepancy is a problem like any other: nothing is written.
/// </summary>
internal static class PlanningSeedReader
{
    public static IReadOnlyList<string> Files { get; } =
    [
        SeedFiles.PlanDocuments, SeedFiles.PlanNodes, SeedFiles.Kpis, SeedFiles.KpiMethodVersions, SeedFiles.KpiTargets, SeedFiles.KpiResults,
        SeedFiles.AttainmentTallies, SeedFiles.BudgetLines, SeedFiles.BudgetAmounts, SeedFiles.KnownDiscrepancies,
    ];

    /// <param name="open">Opens a file with its columns (SeedReader's, so problems and the digest are shared).</param>
    /// <param name="problems">Every problem so far; the checks run only on a set without any.</param>
    public static (PlanningSet Set, IReadOnlyList<SeedFile> Files) Read(Func<string, SeedColumn[], SeedFile> open,
        IReadOnlyList<LoadProblem> problems, Dictionary<string, OrgUnit> orgUnits, SortedDictionary<int, FiscalYearRow> years,
        Dictionary<string, SourceDocument> documents, Dictionary<string, Unit> units)
    {
        SeedFile Open(string name, params SeedColumn[] columns) => open(name, [.. columns, .. SourcedRow.Columns]);

        var planFile = Open(SeedFiles.PlanDocuments, new("code"), new("kind"), new("scheme"), new("org_unit"), new("fiscal_year"),
            SeedColumn.Optional("title_ja"), SeedColumn.Optional("subtitle_ja"), new("title_en"), SeedColumn.Optional("title_locator"));
        var nodeFile = Open(SeedFiles.PlanNodes, new("plan_document"), new("code"), SeedColumn.Optional("parent"), new("sort_order"), new("level"),
            SeedColumn.Optional("ordinal_label"), new("title_ja"), new("title_en"), SeedColumn.Optional("body_ja"), SeedColumn.Optional("flags"),
            SeedColumn.Optional("importance_reason_ja"), SeedColumn.Optional("difficulty_reason_ja"), new("heading_locator"));
        var kpiFile = Open(SeedFiles.Kpis, new("code"), new("scheme"), new("name_ja"), new("name_en"), SeedColumn.Optional("unit"),
            new("better_direction"), SeedColumn.Optional("numerator_ja"), SeedColumn.Optional("denominator_ja"), SeedColumn.Optional("scope_note_en"));
        var versionFile = Open(SeedFiles.KpiMethodVersions, new("kpi"), new("version"), SeedColumn.Optional("valid_from"),
            SeedColumn.Optional("valid_to"), SeedColumn.Optional("definition_ja"), new("definition_en"));
        var targetFile = Open(SeedFiles.KpiTargets, new("code"), new("plan_document"), SeedColumn.Optional("plan_node"), new("org_unit"),
            new("fiscal_year"), new("kpi"), SeedColumn.Optional("comparator"), new("rule"), SeedColumn.Optional("threshold"),
            SeedColumn.Optional("printed_value"), SeedColumn.Optional("printed_unit"), SeedColumn.Optional("as_of_date"),
            SeedColumn.Optional("planned_numerator"), SeedColumn.Optional("planned_denominator"), SeedColumn.Optional("target_branch_count"),
            SeedColumn.Optional("kpi_status"));
        var resultFile = Open(SeedFiles.KpiResults, new("code"), new("plan_document"), SeedColumn.Optional("target"), new("org_unit"), new("scope"),
            new("fiscal_year"), new("data_fiscal_year"), new("period_basis"), SeedColumn.Optional("period_from"), SeedColumn.Optional("as_of"),
            new("kpi"), SeedColumn.Optional("printed_value"), SeedColumn.Optional("printed_unit"), SeedColumn.Optional("numerator"),
            SeedColumn.Optional("denominator"), SeedColumn.Optional("attainment"), SeedColumn.Optional("attainment_group"),
            SeedColumn.Optional("attainment_phrase_ja"), SeedColumn.Optional("target_difference"), SeedColumn.Optional("target_difference_unit"));
        var tallyFile = Open(SeedFiles.AttainmentTallies, new("plan_document"), new("attainment"), new("printed_count"));
        var lineFile = Open(SeedFiles.BudgetLines, new("plan_document"), new("code"), SeedColumn.Optional("parent"), new("sort_order"),
            new("account"), SeedColumn.Optional("side"), new("title_ja"), new("title_en"), SeedColumn.Optional("description_ja"), new("is_new"),
            SeedColumn.Optional("prior_year_lines"));
        var amountFile = Open(SeedFiles.BudgetAmounts, new("line"), new("fiscal_year"), new("kind"), new("printed_value"), new("printed_unit"));
        var discrepancyFile = open(SeedFiles.KnownDiscrepancies, [new("check"), new("subject"), new("difference"), new("note")]);

        var plans = ReadPlanDocuments(planFile, orgUnits, years, documents);
        var nodes = ReadPlanNodes(nodeFile, plans, documents);
        var kpis = KpiSeedReader.ReadKpis(kpiFile, documents);
        var versions = KpiSeedReader.ReadMethodVersions(versionFile, kpis, years, documents);
        var targets = KpiSeedReader.ReadTargets(targetFile, plans, nodes, orgUnits, years, kpis, documents);
        var results = KpiSeedReader.ReadResults(resultFile, plans, targets, orgUnits, years, kpis, documents);
        var tallies = KpiSeedReader.ReadTallies(tallyFile, plans, documents);
        var lines = BudgetSeedReader.ReadLines(lineFile, plans, documents);
        var amounts = BudgetSeedReader.ReadAmounts(amountFile, lines, years, units, documents);
        var discrepancies = PlanningChecks.ReadKnownDiscrepancies(discrepancyFile);

        var checks = new List<LoadCheckResult>();
        var attained = KpiSeedReader.MaterialiseAttainment(targets.Values, results, kpis, versions);
        if (problems.Count == 0)
        {
            var run = new PlanningChecks(discrepancies, checks);
            run.BudgetSums(lines, amounts);
            run.BudgetPriorYears(lines, amounts);
            run.AttainmentTallies(tallies, results);
            run.UnusedDiscrepancies();
        }
        var set = new PlanningSet
        {
            PlanDocuments = [.. plans.Values], PlanNodes = [.. nodes.Values], Kpis = [.. kpis.Values], KpiMethodVersions = versions,
            KpiTargets = attained, KpiResults = results.Select(r => r.Result).ToArray(), BudgetLines = [.. lines.Values.Select(l => l.Line)],
            BudgetAmounts = amounts.Select(a => a.Amount).ToArray(), CheckResults = checks,
        };
        return (set, [planFile, nodeFile, kpiFile, versionFile, targetFile, resultFile, tallyFile, lineFile, amountFile, discrepancyFile]);
    }

    private static Dictionary<string, PlanDocument> ReadPlanDocuments(SeedFile file, Dictionary<string, OrgUnit> orgUnits,
        SortedDictionary<int, FiscalYearRow> years, Dictionary<string, SourceDocument> documents)
    {
        var result = new Dictionary<string, PlanDocument>(StringComparer.Ordinal);
        var keys = new KeyIndex<string>();
        foreach (var row in file.Rows)
        {
            var code = row.Text("code");
            var kind = row.Code<PlanDocumentKind>("kind");
            var scheme = row.Code<Scheme>("scheme");
            var orgUnit = SeedReader.OrgUnitOf(row, "org_unit", orgUnits);
            var year = SeedReader.FiscalYearOf(row, "fiscal_year", years);
            var titleEn = row.Text("title_en");
            var source = row.Source(documents);
            if (code is null || !keys.Add(code, row, "code", $"plan document '{code}'") || kind is null || scheme is null || orgUnit is null
                || year is null || titleEn is null || source is null)
            {
                continue;
            }
            result[code] = new PlanDocument
            {
                Code = code, Kind = kind.Value, Scheme = scheme.Value, OrgUnitCode = orgUnit.Code, FiscalYear = year.Year,
                TitleJa = row.Text("title_ja", required: false), SubtitleJa = row.Text("subtitle_ja", required: false), TitleEn = titleEn,
                TitleLocator = row.Text("title_locator", required: false), DocumentCode = source.DocumentCode, Locator = source.Locator,
                Quality = source.Quality, Uncertain = source.Uncertain, Note = source.Note,
            };
        }
        return result;
    }

    private static Dictionary<string, PlanNode> ReadPlanNodes(SeedFile file, Dictionary<string, PlanDocument> plans,
        Dictionary<string, SourceDocument> documents)
    {
        var rows = new List<(TreeRow Tree, Func<TreePlace, PlanNode> Node)>();
        var keys = new KeyIndex<string>();
        foreach (var row in file.Rows)
        {
            var plan = SeedReader.Reference(row, "plan_document", plans, SeedFiles.PlanDocuments);
            var code = row.Text("code");
            var parent = row.Text("parent", required: false);
            var sortOrder = row.Integer("sort_order");
            var level = row.Code<PlanNodeLevel>("level");
            var titleJa = row.Text("title_ja");
            var titleEn = row.Text("title_en");
            var heading = row.Text("heading_locator");
            var flags = Flags(row);
            var importanceReason = row.Text("importance_reason_ja", required: false);
            var difficultyReason = row.Text("difficulty_reason_ja", required: false);
            var source = row.Source(documents);
            row.RequireSameDocument(source, plan);
            if (importanceReason is not null && flags?.Contains(PlanNodeFlag.ImportanceHigh) == false)
            {
                row.Problem("importance_reason_ja", LoadRule.Inconsistent, "a reason for 【重要度：高】 needs the flag IMPORTANCE_HIGH");
            }
            if (difficultyReason is not null && flags?.Contains(PlanNodeFlag.DifficultyHigh) == false)
            {
                row.Problem("difficulty_reason_ja", LoadRule.Inconsistent, "a reason for 【困難度：高】 needs the flag DIFFICULTY_HIGH");
            }
            if (code is null || !keys.Add(code, row, "code", $"plan node '{code}'") || plan is null || sortOrder is null || level is null
                || titleJa is null || titleEn is null || heading is null || flags is null || source is null)
            {
                continue;
            }
            rows.Add((new TreeRow(row, code, parent, plan.Code, sortOrder.Value), place => new PlanNode
            {
                Code = code, PlanDocumentCode = plan.Code, ParentCode = parent, Depth = place.Depth, SortOrder = sortOrder.Value,
                TreeOrder = place.TreeOrder, Level = level.Value, OrdinalLabel = row.Text("ordinal_label", required: false),
                TitleJa = titleJa, TitleEn = titleEn, BodyJa = row.Text("body_ja", required: false),
                ImportanceHigh = flags.Contains(PlanNodeFlag.ImportanceHigh), DifficultyHigh = flags.Contains(PlanNodeFlag.DifficultyHigh),
                IsNew = flags.Contains(PlanNodeFlag.New), IsExpanded = flags.Contains(PlanNodeFlag.Expanded),
                ImportanceReasonJa = importanceReason, DifficultyReasonJa = difficultyReason, HeadingLocator = heading,
                DocumentCode = source.DocumentCode, Locator = source.Locator, Quality = source.Quality, Uncertain = source.Uncertain, Note = source.Note,
            }));
        }
        // The API's cost model sizes a plan by this bound (Domain/Plans/PlanBounds); a larger plan would outgrow its estimate.
        foreach (var plan in rows.GroupBy(r => r.Tree.Tree, StringComparer.Ordinal).Where(g => g.Count() > PlanBounds.MaxNodesPerPlan))
        {
            plan.ElementAt(PlanBounds.MaxNodesPerPlan).Tree.Row.Problem("plan_document", LoadRule.OutOfRange,
                $"plan '{plan.Key}' has {plan.Count():N0} nodes; a plan has at most {PlanBounds.MaxNodesPerPlan} (the API's cost estimate sizes a plan by it)");
        }
        var places = TreeShape.Place([.. rows.Select(r => r.Tree)], "parent", "plan node");
        // A node outside every tree (a cycle) stays known, so rows pointing at it report nothing more; the set is never written.
        return rows.ToDictionary(r => r.Tree.Code, r => r.Node(places.GetValueOrDefault(r.Tree.Code) ?? TreeShape.Unplaced), StringComparer.Ordinal);
    }

    private static HashSet<PlanNodeFlag>? Flags(SeedRow row)
    {
        var flags = new HashSet<PlanNodeFlag>();
        foreach (var word in row.Words("flags"))
        {
            if (!Domain.EnumCode.TryParse<PlanNodeFlag>(word, out var flag))
            {
                row.Problem("flags", LoadRule.InvalidCode,
                    $"'{word}' is not one of {string.Join(", ", Domain.EnumCode.Codes<PlanNodeFlag>())}");
                return null;
            }
            flags.Add(flag);
        }
        return flags;
    }
}
