using System.Linq.Expressions;
using System.Text.RegularExpressions;
using KenpoGraph.Api.Aggregation;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Disclosure;
using KenpoGraph.Api.Facts;
using KenpoGraph.Api.FiscalYears;
using KenpoGraph.Api.Incentives;
using KenpoGraph.Api.Kpis;
using KenpoGraph.Api.Plans;
using KenpoGraph.Api.Rollups;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.Sorting;
using KenpoGraph.Domain.Budgets;
using KenpoGraph.Domain.Kpis;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace KenpoGraph.Api.Tests.Warehouse;

/// <summary>
/// The SQL Server text of the queries the API runs, obtained from the SQL Server provider with
/// ToQueryString (no connection is opened) and parsed with ScriptDom. The shapes are built with the
/// resolvers' own pieces where they are reusable (ObservationRecord.Query, EntityLoader.WithKeyIn, the
/// filter and sort input types) and otherwise with the same LINQ. A source file of the API that touches
/// the warehouse and is not named by a shape fails <see cref="Every_api_file_that_queries_the_warehouse_has_its_shapes_here"/>.
/// </summary>
public sealed partial class SqlServerQueryShapeTests
{
    private static readonly string[] Keys = ["19", "20"];
    private static readonly int[] Years = [2024, 2025];

    /// <summary>Name, the API file whose queries it stands for, and the query.</summary>
    internal static IEnumerable<(string Name, string File, Func<WarehouseDbContext, IQueryable> Query)> Shapes()
    {
        // Nested object and list filters (issue 18) read other tables as EXISTS subqueries over the request's warehouse,
        // which FilterArgument hands every filter.
        yield return ("where (every filter field) over the request's warehouse", "Filtering/FilterArgument.cs",
            db => Filtered(new ObservationFilterInputType(), ObservationRecord.Query(db), db));
        yield return ("org unit filter: region (nested object)", "OrgUnits/OrgUnitFilterInputType.cs", db => Filtered(new OrgUnitFilterInputType(), db.OrgUnits, db));
        yield return ("plan filter: kpiTargets (list: some, all, none, any)", "Plans/PlanFilterInputType.cs", db => Filtered(new PlanFilterInputType(), db.PlanDocuments, db));
        yield return ("rollup filter: measure (nested object)", "Rollups/RollupFilterInputType.cs", db => Filtered(new RollupFilterInputType(), db.Rollups, db));

        // The read model reads every table once per data version and rights, through the row filter, and counts its size.
        foreach (var table in KenpoGraph.Api.ReadModel.ReadModelTables.All)
        {
            yield return ($"read model: {table.RowType.Name}", "ReadModel/ReadModelTables.cs", table.Query);
        }
        yield return ("read model size: facts", "ReadModel/ReadModels.cs", db => KenpoGraph.Api.ReadModel.ReadModels.Size(db).First());
        yield return ("read model size: roll-ups", "ReadModel/ReadModels.cs", db => KenpoGraph.Api.ReadModel.ReadModels.Size(db).Last());

        // OrgUnits/BranchQueries.cs
        yield return ("branches (every filter field, every sort field)", "OrgUnits/BranchQueries.cs",
            db => Sorted(new OrgUnitSortInputType(), Filtered(new OrgUnitFilterInputType(), db.OrgUnits.Where(x => x.Kind == OrgUnitKind.Branch), db), x => x.Code));
        yield return ("branch(code)", "OrgUnits/BranchQueries.cs", db => db.OrgUnits.Where(x => x.Code == Keys[0] && x.Kind == OrgUnitKind.Branch).Take(1));
        yield return ("headquarters", "OrgUnits/BranchQueries.cs", db => db.OrgUnits.Where(x => x.Kind == OrgUnitKind.Headquarters).Take(2));


        // Facts: observations (filter, order, paging) and the facts loader
        yield return ("observations page", "Facts/ObservationQueries.cs", db =>
            ((IOrderedQueryable<ObservationRecord>)Sorted(new ObservationSortInputType(), Filtered(new ObservationFilterInputType(), ObservationRecord.Query(db), db), x => x.OrgUnitCode))
                .ThenBy(x => x.FiscalYear).ThenBy(x => x.MeasureCode).Skip(1000).Take(1000));
        yield return ("default grouping members", "Regions/DefaultGrouping.cs", db =>
            KenpoGraph.Api.Regions.DefaultGrouping.Members(db).Where(m => Keys.Contains(m.OrgUnitCode)));
        yield return ("observations where region/year/measure", "Facts/ObservationRecord.cs", db =>
            ObservationRecord.Query(db).Where(o => o.RegionCode == "KANTO" && o.FiscalYear >= 2020 && o.MeasureCode.StartsWith("membership."))
                .OrderBy(o => o.OrgUnitCode).ThenBy(o => o.FiscalYear).ThenBy(o => o.MeasureCode).Skip(0).Take(50));
        yield return ("OrgUnit.facts loader", "Facts/ObservationQueries.cs", db =>
            ObservationRecord.Query(db).Where(o => Keys.Contains(o.OrgUnitCode) && o.FiscalYear >= 2015 && o.FiscalYear <= 2024)
                .Where(o => Keys.Contains(o.Subject)).Where(o => Keys.Contains(o.MeasureCode)).OrderBy(o => o.FiscalYear).ThenBy(o => o.MeasureCode));
        yield return ("membership loader", "Facts/MembershipQueries.cs", db =>
            db.Observations.Where(o => Keys.Contains(o.OrgUnitCode) && o.FiscalYear >= 2015 && o.FiscalYear <= 2024
                && db.Measures.Any(m => m.Code == o.MeasureCode && m.Subject == "MEMBERSHIP")));
        yield return ("fiscal year held", "Facts/MembershipQueries.cs", db => db.FiscalYears.Where(y => y.Year == 2024).Select(y => y.Year));
        yield return ("fiscal years held", "Facts/MembershipQueries.cs", db => db.FiscalYears.Select(y => y.Year));

        // FiscalYears/FiscalYearQueries.cs
        yield return ("fiscalYears (every filter field, every sort field)", "FiscalYears/FiscalYearQueries.cs",
            db => Sorted(new FiscalYearSortInputType(), Filtered(new FiscalYearFilterInputType(), db.FiscalYears, db), x => x.Year));
        yield return ("fiscalYear(year)", "FiscalYears/FiscalYearQueries.cs", db => db.FiscalYears.Where(x => x.Year == 2024).Take(1));

        // Aggregation: ad-hoc aggregation reads the branch rows (across all branches) with its filter, and its dimensions.
        yield return ("aggregate rows (every filter field)", "Aggregation/AggregateRow.cs", db =>
            Filtered(new AggregateFilterInputType(), AggregateRow.Query(db).Where(r => Keys.Contains(r.MeasureCode)), db));
        yield return ("aggregate measures", "Aggregation/AggregateQueries.cs", db => db.Measures.AsNoTracking().Where(m => Keys.Contains(m.Code)));
        yield return ("aggregate org units", "Aggregation/AggregateQueries.cs", db => db.OrgUnits.AsNoTracking().Select(u => new { u.Code, u.Kind }));
        yield return ("aggregate rows read (count)", "Aggregation/AggregateQueries.cs", db =>
            Filtered(new AggregateFilterInputType(), AggregateRow.Query(db).Where(r => Keys.Contains(r.MeasureCode)), db).GroupBy(_ => 1).Select(g => g.Count()));
        yield return ("aggregate rows", "Aggregation/AggregateQueries.cs", db =>
            Filtered(new AggregateFilterInputType(), AggregateRow.Query(db).Where(r => Keys.Contains(r.MeasureCode)), db));
        yield return ("aggregate previous rows (count)", "Aggregation/AggregateQueries.cs", db =>
            AggregateRow.Query(db).Where(r => Keys.Contains(r.MeasureCode) && Years.Contains(r.FiscalYear)).GroupBy(_ => 1).Select(g => g.Count()));
        yield return ("aggregate previous rows", "Aggregation/AggregateQueries.cs", db =>
            AggregateRow.Query(db).Where(r => Keys.Contains(r.MeasureCode) && Years.Contains(r.FiscalYear)));
        yield return ("aggregate region groupings", "Aggregation/AggregateQueries.cs", db => db.RegionGroupings.AsNoTracking());
        yield return ("aggregate region members", "Aggregation/AggregateQueries.cs", db => db.RegionMembers.AsNoTracking().Where(m => m.GroupingCode == Keys[0]));

        // Rollups
        yield return ("measures known", "Rollups/RollupQueries.cs", db => db.Measures.Where(m => Keys.Contains(m.Code)).Select(m => m.Code));
        yield return ("rollup (every filter field)", "Rollups/RollupQueries.cs", db =>
            Filtered(new RollupFilterInputType(), db.Rollups.Where(r => r.Level == RollupLevel.National && Keys.Contains(r.MeasureCode)).Where(r => Years.Contains(r.FiscalYear)), db)
                .OrderBy(r => r.MeasureCode).ThenBy(r => r.FiscalYear).ThenBy(r => r.UnitCode).Take(47 * 11 * 20 + 1));
        RollupLevel[] levels = [RollupLevel.Branch, RollupLevel.Region];
        yield return ("series loader", "Rollups/SeriesFields.cs", db =>
            db.Rollups.Where(r => r.MeasureCode == "premium.rate" && levels.Contains(r.Level) && Keys.Contains(r.UnitCode) && r.FiscalYear >= 2014 && r.FiscalYear <= 2024));

        // Disclosure: the contributor structure disclosure control decides from (the resolver's own queries)
        yield return ("disclosure contributions", "Disclosure/AggregateDisclosure.cs", db => AggregateDisclosure.Contributions(db, Keys));
        yield return ("disclosure printed national figures", "Disclosure/AggregateDisclosure.cs", db => AggregateDisclosure.PrintedNation(db, Keys));
        yield return ("disclosure region members", "Disclosure/AggregateDisclosure.cs", AggregateDisclosure.Members);

        // Regions
        yield return ("default grouping", "Regions/RegionQueries.cs", db => db.RegionGroupings.Where(g => g.IsDefault).Select(g => g.Code).Take(2));
        yield return ("regions of a grouping", "Regions/RegionQueries.cs", db => db.Regions.Where(r => r.GroupingCode == "STANDARD").OrderBy(r => r.SortOrder).ThenBy(r => r.Code));
        yield return ("default region of units", "Regions/RegionLoaders.cs", db =>
            from member in db.RegionMembers
            join grouping in db.RegionGroupings on member.GroupingCode equals grouping.Code
            join region in db.Regions on member.RegionCode equals region.Code
            where grouping.IsDefault && Keys.Contains(member.OrgUnitCode)
            select new { member.OrgUnitCode, Region = region });
        yield return ("branches of regions", "Regions/RegionLoaders.cs", db =>
            from member in db.RegionMembers
            join unit in db.OrgUnits on member.OrgUnitCode equals unit.Code
            where Keys.Contains(member.RegionCode)
            orderby unit.Code
            select new { member.RegionCode, Unit = unit });

        // Schema/EntityLoader.cs: every entity the API loads by key (LoadByKey<…>)
        yield return ("OrgUnit by keys", "Schema/EntityLoader.cs", db => ByKeys(db, (OrgUnit x) => x.Code, Keys));
        yield return ("Region by keys", "Schema/EntityLoader.cs", db => ByKeys(db, (Region x) => x.Code, Keys));
        yield return ("FiscalYear by keys", "Schema/EntityLoader.cs", db => ByKeys(db, (FiscalYearRow x) => x.Year, Years));
        yield return ("SourceDocument by keys", "Schema/EntityLoader.cs", db => ByKeys(db, (SourceDocument x) => x.Code, Keys));
        yield return ("Measure by keys", "Schema/EntityLoader.cs", db => ByKeys(db, (Measure x) => x.Code, Keys));
        yield return ("PlanDocument by keys", "Schema/EntityLoader.cs", db => ByKeys(db, (PlanDocument x) => x.Code, Keys));
        yield return ("PlanNode by keys", "Schema/EntityLoader.cs", db => ByKeys(db, (PlanNode x) => x.Code, Keys));
        yield return ("Kpi by keys", "Schema/EntityLoader.cs", db => ByKeys(db, (Kpi x) => x.Code, Keys));
        yield return ("KpiTarget by keys", "Schema/EntityLoader.cs", db => ByKeys(db, (KpiTarget x) => x.Code, Keys));
        yield return ("KpiResult by keys", "Schema/EntityLoader.cs", db => ByKeys(db, (KpiResult x) => x.Code, Keys));

        // Schema/GroupLoader.cs: every LoadGroup<…> (key, order, optional where)
        yield return ("plans of documents", "Schema/GroupLoader.cs", db => ByKeys(db, (PlanDocument x) => x.DocumentCode, Keys).OrderBy(x => x.Code));
        yield return ("plan roots", "Schema/GroupLoader.cs", db => ByKeys(db, (PlanNode x) => x.PlanDocumentCode, Keys).Where(x => x.ParentCode == null).OrderBy(x => x.TreeOrder));
        yield return ("plan nodes", "Schema/GroupLoader.cs", db => ByKeys(db, (PlanNode x) => x.PlanDocumentCode, Keys).OrderBy(x => x.TreeOrder));
        yield return ("plan node children", "Schema/GroupLoader.cs", db => ByKeys(db, (PlanNode x) => x.ParentCode!, Keys).OrderBy(x => x.TreeOrder));
        yield return ("KPI targets of plans", "Schema/GroupLoader.cs", db => ByKeys(db, (KpiTarget x) => x.PlanDocumentCode, Keys).OrderBy(x => x.Code));
        yield return ("KPI targets of nodes", "Schema/GroupLoader.cs", db => ByKeys(db, (KpiTarget x) => x.PlanNodeCode!, Keys).OrderBy(x => x.Code));
        yield return ("KPI method versions", "Schema/GroupLoader.cs", db => ByKeys(db, (KpiMethodVersion x) => x.KpiCode, Keys).OrderBy(x => x.Version));
        yield return ("budget line children", "Schema/GroupLoader.cs", db => ByKeys(db, (BudgetLine x) => x.ParentCode!, Keys).OrderBy(x => x.TreeOrder));
        yield return ("checks of budget lines", "Schema/GroupLoader.cs", db => ByKeys(db, (LoadCheckResult x) => x.BudgetLineCode!, Keys).OrderBy(x => x.Id));

        // Facts: the fact feed (issue 18 item 3) over fact_rollup with its joins, every filter field and sort field, paged;
        // a restricted caller's figure condition; node ids of the feeds' rows.
        yield return ("fact rows", "Facts/FactRecord.cs", db =>
            FactQueries.Ordered(FactRecord.Query(db).Where(x => x.Level == RollupLevel.Branch && x.RegionCode == "KANTO").OrderBy(x => x.MeasureCode)).Take(50));
        yield return ("fact filter: orgUnit, region, measure (nested objects)", "Facts/FactFilterInputType.cs", db => Filtered(new FactFilterInputType(), FactRecord.Query(db), db));
        yield return ("facts page (every filter field, every sort field, nested sorts)", "Facts/FactQueries.cs", db =>
            FactQueries.Ordered(new FactSortInputType().Apply(
                Filtered(new FactFilterInputType(), FactRecord.Query(db).Where(x => x.Level == RollupLevel.Branch), db),
                (object?[])[.. new FactSortInputType().Fields
                    .Where(f => f.Name is not "orgUnit" and not "region").Select(f => (object?)new Dictionary<string, object?> { [f.Name] = SortDirection.Desc }),
                    new Dictionary<string, object?> { ["orgUnit"] = new Dictionary<string, object?> { ["nameEn"] = SortDirection.Asc, ["region"] = new Dictionary<string,
                        object?> { ["sortOrder"] = SortDirection.Desc } } },
                    new Dictionary<string, object?> { ["region"] = new Dictionary<string, object?> { ["code"] = SortDirection.Asc } }],
                x => x.MeasureCode, db)).Skip(50).Take(50));
        yield return ("nested sorts (a branch's region) over the request's warehouse", "Sorting/SortArgument.cs", db =>
            new OrgUnitSortInputType().Apply(db.OrgUnits, (object?[])[new Dictionary<string, object?> { ["region"] = new Dictionary<string,
                object?> { ["sortOrder"] = SortDirection.Desc } }], x => x.Code, db));
        string[] factKeys = ["BRANCH/19/2024/membership.insured", "REGION/KANTO/2023/checkup.lifestyle.rate"];
        yield return ("node(Fact) ids", "Facts/FactNodes.cs", db => FactNodes.Facts(db, factKeys));
        yield return ("node(Rollup) ids", "Facts/FactNodes.cs", db => FactNodes.Rollups(db, factKeys));
        yield return ("node(Observation) ids", "Facts/FactNodes.cs", db => FactNodes.Observations(db, ["19/2024/membership.insured", "00/2024/membership.insured"]));

        // Schema/NodeQueries.cs: node(id) by type
        yield return ("node(OrgUnit)", "Schema/NodeQueries.cs", db => db.OrgUnits.Where(x => x.Code == Keys[0]).Take(1));
        yield return ("node(Region)", "Schema/NodeQueries.cs", db => db.Regions.Where(x => x.Code == Keys[0]).Take(1));
        yield return ("node(FiscalYear)", "Schema/NodeQueries.cs", db => db.FiscalYears.Where(x => x.Year == Years[0]).Take(1));
        yield return ("node(SourceDocument)", "Schema/NodeQueries.cs", db => db.Documents.Where(x => x.Code == Keys[0]).Take(1));
        yield return ("node(Measure)", "Schema/NodeQueries.cs", db => db.Measures.Where(x => x.Code == Keys[0]).Take(1));
        yield return ("node(Plan)", "Schema/NodeQueries.cs", db => db.PlanDocuments.Where(x => x.Code == Keys[0]).Take(1));
        yield return ("node(PlanNode)", "Schema/NodeQueries.cs", db => db.PlanNodes.Where(x => x.Code == Keys[0]).Take(1));
        yield return ("node(Kpi)", "Schema/NodeQueries.cs", db => db.Kpis.Where(x => x.Code == Keys[0]).Take(1));
        yield return ("nodes(KpiTarget)", "Schema/NodeQueries.cs", db => ByKeys(db, (KpiTarget x) => x.Code, Keys));
        yield return ("nodes(KpiResult)", "Schema/NodeQueries.cs", db => ByKeys(db, (KpiResult x) => x.Code, Keys));

        // Documents and measures
        yield return ("documents", "Documents/DocumentQueries.cs", db => db.Documents.OrderBy(d => d.Code));
        // Visibility/OwnerDirectory.cs: the owners of indirectly owned rows, whole tables across all branches, once per request.
        yield return ("plan owners", "Visibility/OwnerDirectory.cs", db => db.PlanDocuments);
        yield return ("budget line plans", "Visibility/OwnerDirectory.cs", db => db.BudgetLines);
        yield return ("KPI result owners", "Visibility/OwnerDirectory.cs", db => db.KpiResults);
        yield return ("document issuers", "Visibility/OwnerDirectory.cs", db => db.Documents);
        yield return ("measures", "Measures/MeasureQueries.cs", db => db.Measures.OrderBy(m => m.Code));

        // Plans/PlanQueries.cs
        yield return ("plans page (every filter field, every sort field)", "Plans/PlanQueries.cs",
            db => Sorted(new PlanSortInputType(), Filtered(new PlanFilterInputType(), db.PlanDocuments, db), x => x.Code).Skip(20).Take(20));
        yield return ("plan(id)", "Plans/PlanQueries.cs", db => db.PlanDocuments.Where(x => x.Code == Keys[0]).Take(1));

        // Kpis/KpiQueries.cs
        yield return ("kpis of a scheme", "Kpis/KpiQueries.cs", db => db.Kpis.Where(k => k.Scheme == KenpoGraph.Domain.Plans.Scheme.HealthInsurance).OrderBy(k => k.Code));
        yield return ("kpi(code)", "Kpis/KpiQueries.cs", db => db.Kpis.Where(k => k.Code == Keys[0]).Take(1));
        yield return ("kpiTargets page (every filter field, every sort field)", "Kpis/KpiQueries.cs",
            db => Sorted(new KpiTargetSortInputType(), Filtered(new KpiTargetFilterInputType(), db.KpiTargets, db), x => x.Code).Skip(0).Take(50));
        string? plan = "seed-000/kpi-table-2025";
        yield return ("kpiComparison targets", "Kpis/KpiQueries.cs", db =>
            db.KpiTargets
                .Where(t => t.KpiCode == "K-CHECKUP-INSURED" && Years.Contains(t.FiscalYear) && Keys.Contains(t.OrgUnitCode) && (plan == null || t.PlanDocumentCode == plan)).OrderBy(t => t.Code));
        yield return ("kpiComparison results", "Kpis/KpiQueries.cs", db =>
            db.KpiResults
                .Where(r => r.KpiCode == "K-CHECKUP-INSURED" && Years.Contains(r.FiscalYear) && Keys.Contains(r.OrgUnitCode) && (plan == null || r.PlanDocumentCode == plan)).OrderBy(r => r.Code));
        yield return ("kpiComparison plan kinds", "Kpis/KpiQueries.cs", db => db.PlanDocuments.Select(p => new { p.Code, p.Kind }));
        yield return ("kpiComparison kpi exists", "Kpis/KpiQueries.cs", db => db.Kpis.Where(k => k.Code == "K-CHECKUP-INSURED").Select(k => k.Code).Take(1));
        yield return ("kpiResults page (every filter field, every sort field)", "Kpis/KpiQueries.cs",
            db => Sorted(new KpiResultSortInputType(), Filtered(new KpiResultFilterInputType(), db.KpiResults, db), x => x.Code).Skip(0).Take(50));
        yield return ("attainmentTallies", "Kpis/KpiQueries.cs", db => db.LoadCheckResults.Where(c => c.Check == "ATTAINMENT_TALLY").OrderBy(c => c.Id));

        // Kpis/ThresholdResolutionType.cs
        yield return ("KpiTarget.thresholdResolution result rows", "Kpis/ThresholdResolutionType.cs", db =>
            db.KpiResults.Where(r => Keys.Contains(r.Code)).OrderBy(r => r.Code));

        // Budgets
        yield return ("budget lines", "Budgets/BudgetQueries.cs", db =>
            from line in db.BudgetLines
            join p in db.PlanDocuments on line.PlanDocumentCode equals p.Code
            where line.Account == BudgetAccount.HealthAccount && p.FiscalYear == 2024 && p.OrgUnitCode == "00"
            orderby p.Code, line.TreeOrder
            select line);
        yield return ("budget plans", "Budgets/BudgetQueries.cs", db => db.PlanDocuments.Where(p => Keys.Contains(p.Code)).OrderBy(p => p.Code));
        yield return ("budgetChecks", "Budgets/BudgetQueries.cs", db => db.LoadCheckResults.Where(c => c.BudgetLineCode != null).OrderBy(c => c.Id));
        yield return ("budget amounts loader", "Budgets/BudgetLineType.cs", db => db.BudgetAmounts.Where(a => Keys.Contains(a.LineCode)));

        // Incentives: the resolvers run exactly the catalogue's queries (IncentiveRankings executes them), so each
        // stands for both files.
        foreach (var file in new[] { "Incentives/IncentiveWarehouseQueries.cs", "Incentives/IncentiveRankings.cs" })
        {
            yield return ($"incentive schemes ({Path.GetFileNameWithoutExtension(file)})", file, IncentiveWarehouseQueries.Schemes);
            yield return ($"incentive scheme parameters ({Path.GetFileNameWithoutExtension(file)})", file, IncentiveWarehouseQueries.Parameters);
            yield return ($"incentive scheme indicators ({Path.GetFileNameWithoutExtension(file)})", file, IncentiveWarehouseQueries.Indicators);
            yield return ($"incentive inputs ({Path.GetFileNameWithoutExtension(file)})", file, db => IncentiveWarehouseQueries.InputRows(db.Rollups, ["incentive.i1.value",
                "membership.total_standard_remuneration"], 2023));
            yield return ($"incentive branch codes ({Path.GetFileNameWithoutExtension(file)})", file, IncentiveWarehouseQueries.BranchCodes);
            yield return ($"incentive published ranks ({Path.GetFileNameWithoutExtension(file)})", file, db => IncentiveWarehouseQueries.PublishedRanks(db, 2023));
        }
    }

    public static TheoryData<string> ShapeNames() => [.. Shapes().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void The_sql_server_text_of_the_query_parses(string name)
    {
        var shape = Shapes().Single(s => s.Name == name);
        using var db = SqlServerContext();

        var sql = shape.Query(db).ToQueryString();

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        parser.Parse(new StringReader(sql), out var errors);
        Assert.True(errors.Count == 0, $"{name} ({shape.File}) is not valid T-SQL:\n"
            + string.Join("\n", errors.Select(e => $"line {e.Line}:{e.Column}: {e.Message}")) + "\n" + sql);
        Assert.Contains("SELECT", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_api_file_that_queries_the_warehouse_has_its_shapes_here()
    {
        var api = Path.Combine(SeedWorkspace.RepositoryRoot, "src", "KenpoGraph.Api");
        var querying = Directory.GetFiles(api, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => WarehouseQuery().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(api, f).Replace(Path.DirectorySeparatorChar, '/'))
            // The health check only asks whether the server answers (CanConnect), it runs no query of ours.
            .Where(f => f != "Health/WarehouseHealthCheck.cs")
            .Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(querying);

        var covered = Shapes().Select(s => s.File).ToHashSet();
        var missing = querying.Where(f => !covered.Contains(f)).ToArray();

        Assert.True(missing.Length == 0, "These API files query the warehouse but no shape in SqlServerQueryShapeTests stands for them: "
            + string.Join(", ", missing));
        Assert.Empty(covered.Except(querying));
    }

    [Fact]
    public void No_api_file_runs_more_queries_than_it_has_shapes_here()
    {
        // The file guard above catches a new file; this one catches a new query in an existing file: every call
        // that executes a query (ToListAsync, AnyAsync, PageAsync …) needs a shape of its own, so adding one
        // without its SQL Server shape fails here with the file named.
        var api = Path.Combine(SeedWorkspace.RepositoryRoot, "src", "KenpoGraph.Api");
        var shapesPerFile = Shapes().GroupBy(s => s.File).ToDictionary(g => g.Key, g => g.Count());
        var short_ = Directory.GetFiles(api, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(api, f).Replace(Path.DirectorySeparatorChar, '/'), Text: File.ReadAllText(f)))
            .Where(f => WarehouseQuery().IsMatch(f.Text))
            .Select(f => (f.File, Executions: QueryExecution().Count(f.Text), Shapes: shapesPerFile.GetValueOrDefault(f.File)))
            .Where(f => f.Executions > f.Shapes)
            .Select(f => $"{f.File}: {f.Executions} query executions, {f.Shapes} shapes")
            .ToArray();
        Assert.True(short_.Length == 0, "Add a shape for each new query: " + string.Join("; ", short_));
    }

    // An EF Core call that runs a statement, or the paging helper that runs two.
    [GeneratedRegex(@"\.(ToListAsync|ToArrayAsync|ToDictionaryAsync|FirstOrDefaultAsync|FirstAsync|SingleOrDefaultAsync|SingleAsync|AnyAsync|AllAsync|CountAsync"
        + @"|LongCountAsync|SumAsync|MinAsync|MaxAsync|AverageAsync|ExecuteDeleteAsync|ExecuteUpdateAsync|PageAsync)\(")]
    private static partial Regex QueryExecution();

    // "….Db." / "Db.Set<" / "db.Observations" / "….AcrossAllBranches." …: a warehouse DbSet reached from a resolver.
    [GeneratedRegex(@"\.Db\b|\.AcrossAllBranches\b|\bdb\.[A-Z]\w+")]
    private static partial Regex WarehouseQuery();

    private static WarehouseDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<WarehouseDbContext>().UseSqlServer("Server=none;Database=KenpoGraph").Options);

    private static IQueryable<T> ByKeys<T, TKey>(WarehouseDbContext db, Expression<Func<T, TKey>> keyOf, IEnumerable<TKey> keys) where T : class =>
        db.Set<T>().Where(EntityLoader.WithKeyIn(keys, keyOf));

    /// <summary>The filter type's predicate with a condition on every one of its fields, as a `where` argument would give it.</summary>
    private static IQueryable<T> Filtered<TFilter, T>(TFilter filter, IQueryable<T> source, WarehouseDbContext db) where TFilter : Filtering.FilterInputType<TFilter, T>
    {
        var conditions = new Dictionary<string, object?>();
        foreach (var field in filter.Fields.Where(f => f.Name is not "and" and not "or"))
        {
            var type = field.Type!.Name;
            conditions[field.Name] = type switch
            {
                _ when type.StartsWith("String", StringComparison.Ordinal) => new Dictionary<string, object?>
                {
                    ["eq"] = "a", ["in"] = new object?[] { "a", "b" }, ["startsWith"] = "O", ["ncontains"] = "%_[", ["endsWith"] = "z",
                },
                _ when type.StartsWith("Int", StringComparison.Ordinal) => new Dictionary<string, object?>
                {
                    ["gte"] = 2015, ["lt"] = 2030, ["in"] = new object?[] { 2024, 2025 }, ["neq"] = 2016,
                },
                _ when type.StartsWith("Enum", StringComparison.Ordinal) => new Dictionary<string, object?> { ["eq"] = 0, ["neq"] = 1 },
                _ when type.StartsWith("Boolean", StringComparison.Ordinal) => new Dictionary<string, object?> { ["eq"] = true },
                _ when type.StartsWith("Decimal", StringComparison.Ordinal) => new Dictionary<string, object?>
                {
                    ["gte"] = 1.5m, ["nlt"] = 0m, ["in"] = new object?[] { 1m, 2.25m }, ["neq"] = 3m,
                },
                _ when type.StartsWith("DateOnly", StringComparison.Ordinal) => new Dictionary<string, object?>
                {
                    ["gte"] = new DateOnly(2020, 4, 1), ["nin"] = new object?[] { new DateOnly(2021, 4, 1) },
                },
                // A list filter (some / all / none / any) and a nested object filter: EXISTS subqueries. Every nested filter has a code.
                _ when type.StartsWith("ListFilterInputType", StringComparison.Ordinal) => new Dictionary<string, object?>
                {
                    ["some"] = new Dictionary<string, object?> { ["code"] = new Dictionary<string, object?> { ["eq"] = "a" } },
                    ["all"] = new Dictionary<string, object?> { ["code"] = new Dictionary<string, object?> { ["neq"] = "b" } },
                    ["none"] = new Dictionary<string, object?> { ["code"] = new Dictionary<string, object?> { ["startsWith"] = "c" } },
                    ["any"] = true,
                },
                _ when type.EndsWith("FilterInputType", StringComparison.Ordinal) => new Dictionary<string, object?>
                {
                    ["code"] = new Dictionary<string, object?> { ["eq"] = "a" },
                },
                _ => throw new InvalidOperationException($"{filter.Name}.{field.Name}: filter type {type} is not exercised yet."),
            };
        }
        var where = new Dictionary<string, object?>
        {
            ["or"] = new object?[] { conditions, new Dictionary<string, object?>(conditions) },
        };
        return source.Where(filter.ToPredicate(where, db)!);
    }

    /// <summary>Sorted by every field of the sort type, descending, then the resolver's fallback key.</summary>
    private static IQueryable<T> Sorted<T, TKey>(SortInputType<T> sort, IQueryable<T> source, Expression<Func<T, TKey>> fallback)
    {
        var order = sort.Fields.Select(f => (object?)new Dictionary<string, object?> { [f.Name] = SortDirection.Desc }).ToArray();
        return sort.Apply(source, order, fallback);
    }
}
