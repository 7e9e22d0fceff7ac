using KenpoGraph.Warehouse.Loading;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Warehouse.Tests;

/// <summary>The plan, KPI and budget files: their load, their checks and the rules they add (db/seed/README.md).</summary>
public sealed partial class LoaderTests
{
    [Fact]
    public async Task Loads_plans_KPIs_budgets_and_the_results_of_their_checks()
    {
        Assert.Equal(LoadStatus.Published, (await _loader.LoadAsync(Seed)).Status);
        await using var db = _store.Current()!.CreateContext();
        Assert.Equal(19, await db.PlanDocuments.CountAsync());
        Assert.Equal(388, await db.PlanNodes.CountAsync());
        Assert.Equal(45, await db.Kpis.CountAsync());
        Assert.Equal(267, await db.KpiTargets.CountAsync());
        Assert.Equal(187, await db.KpiResults.CountAsync());
        Assert.Equal(154, await db.BudgetAmounts.CountAsync());
        // 22 tree sums, 8 prior-year continuations, 3 tally marks; the two known discrepancies are Nagano's and Mie's
        var checks = await db.LoadCheckResults.ToListAsync();
        Assert.Equal(22, checks.Count(c => c.Check == "BUDGET_SUM"));
        Assert.Equal(8, checks.Count(c => c.Check == "BUDGET_PRIOR_YEAR"));
        Assert.Equal(3, checks.Count(c => c.Check == "ATTAINMENT_TALLY"));
        Assert.Equal(["MPB25-G2 2025 BUDGET_ESTIMATE", "NPB25-C2 2024 BUDGET"],
            checks.Where(c => c.Status == Domain.Checks.CheckStatus.KnownDiscrepancy).Select(c => c.Subject).Order());
        // the Nagano plan's tree: 3 areas, 2.健康づくり② at depth 3
        var node = await db.PlanNodes.SingleAsync(n => n.Code == "2025-20-BP-2.2.2");
        Assert.Equal(3, node.Depth);
        Assert.True(node.ImportanceHigh && node.DifficultyHigh);
    }

    [Fact]
    public async Task A_budget_tree_that_does_not_sum_refuses_the_load()
    {
        var row = _workspace.ReplaceLine("budget_amounts.csv", "MPB25-G1,2025,BUDGET_ESTIMATE,",
            "MPB25-G1,2025,BUDGET_ESTIMATE,\"10,742\",千円,seed-002,L1547-L1551,PUBLISHED,false,");
        await AssertRefusedAsync(new LoadProblem(SeedFile("budget_amounts.csv"), row, "printed_value", "CHECK_FAILED",
            "BUDGET_SUM MPB25-G1 2025 BUDGET_ESTIMATE: printed 10,742,000, computed 10,732,000 (10,742 千円 against MPB25-G1.1 + MPB25-G1.2); "
            + "the difference 10,000 is beyond rounding (1,500) and known_discrepancies.csv records none"));
    }

    [Fact]
    public async Task A_known_discrepancy_must_record_the_difference_the_check_finds()
    {
        _workspace.ReplaceLine("known_discrepancies.csv", "BUDGET_SUM,NPB25-C2 2024 BUDGET,", "BUDGET_SUM,NPB25-C2 2024 BUDGET,50000,a wrong difference");
        var row = Array.FindIndex(File.ReadAllLines(SeedFile("budget_amounts.csv")), l => l.StartsWith("NPB25-C2,2024,BUDGET,", StringComparison.Ordinal)) + 1;
        await AssertRefusedAsync(new LoadProblem(SeedFile("budget_amounts.csv"), row, "printed_value", "CHECK_FAILED",
            "BUDGET_SUM NPB25-C2 2024 BUDGET: the difference is 58,000, but known_discrepancies.csv row 2 records 50,000"));
    }

    [Fact]
    public async Task A_known_discrepancy_that_no_check_finds_refuses_the_load()
    {
        var row = _workspace.AppendLine("known_discrepancies.csv", "BUDGET_SUM,HA24-E 2024 BUDGET,1000000,made up");
        await AssertRefusedAsync(new LoadProblem(SeedFile("known_discrepancies.csv"), row, "subject", "CHECK_FAILED",
            "no BUDGET_SUM check of 'HA24-E 2024 BUDGET' finds a difference beyond rounding; remove the row or correct its subject"));
    }

    [Fact]
    public async Task A_printed_attainment_tally_the_results_do_not_give_refuses_the_load()
    {
        var row = _workspace.ReplaceLine("attainment_tallies.csv", "seed-004/national-kpi-attainment-2024,達成,",
            "seed-004/national-kpi-attainment-2024,達成,11,seed-004,L1162,PUBLISHED,false,");
        await AssertRefusedAsync(new LoadProblem(SeedFile("attainment_tallies.csv"), row, "printed_count", "CHECK_FAILED",
            "ATTAINMENT_TALLY seed-004/national-kpi-attainment-2024 達成: printed 11, computed 10 (printed 達成 11; the KPI results of the document marked 達成: 10); "
            + "the difference 1 is beyond rounding (0) and known_discrepancies.csv records none"));
    }

    [Fact]
    public async Task A_plan_node_that_is_its_own_ancestor_is_an_INVALID_TREE()
    {
        var line = File.ReadAllLines(SeedFile("plan_nodes.csv")).Single(l => l.StartsWith("seed-003/yamanashi-goal-attainment-2024,2024-19-GA-2,", StringComparison.Ordinal));
        var row = _workspace.ReplaceLine("plan_nodes.csv", "seed-003/yamanashi-goal-attainment-2024,2024-19-GA-2,",
            line.Replace("2024-19-GA-2,,", "2024-19-GA-2,2024-19-GA-2,", StringComparison.Ordinal));
        await AssertRefusedAsync(new LoadProblem(SeedFile("plan_nodes.csv"), row, "parent", "INVALID_TREE",
            "following parents from '2024-19-GA-2' leads back to '2024-19-GA-2'"));
    }

    [Fact]
    public async Task A_result_against_another_KPIs_target_is_INCONSISTENT()
    {
        var row = _workspace.ReplaceLine("kpi_results.csv", "R0124,",
            "R0124,seed-003/yamanashi-goal-attainment-2024,T0219,19,BRANCH,2024,2024,FISCAL_YEAR,,,K-SINGLE-BID-SHARE,5.9,%,,,〇,seed-003-G6,,,,seed-003,L69,PUBLISHED,false,");
        await AssertRefusedAsync(new LoadProblem(SeedFile("kpi_results.csv"), row, "target", "INCONSISTENT",
            "target 'T0219' is for K-HEALTH-DECLARATION of org unit 19 in FY2024, not for this row's KPI, org unit and year"));
    }

    [Fact]
    public async Task A_difference_from_the_target_is_a_number_with_its_unit()
    {
        // seed 003 L1278 prints （▲3.4％）: a number and its unit, or neither
        string Line(string code) => File.ReadAllLines(SeedFile("kpi_results.csv")).Single(l => l.StartsWith(code + ",", StringComparison.Ordinal));
        var word = _workspace.ReplaceLine("kpi_results.csv", "R0147,", Line("R0147").Replace(",▲3.4,％,", ",目標未達成,％,", StringComparison.Ordinal));
        var unitless = _workspace.ReplaceLine("kpi_results.csv", "R0146,", Line("R0146").Replace(",2.3,％,", ",2.3,,", StringComparison.Ordinal));
        await AssertRefusedAsync(
            new LoadProblem(SeedFile("kpi_results.csv"), unitless, "target_difference_unit", "REQUIRED_VALUE", "target_difference and target_difference_unit go together"),
            new LoadProblem(SeedFile("kpi_results.csv"), word, "target_difference", "NOT_A_NUMBER",
                "'目標未達成' is not a number: the difference from the target is printed as one"));
    }

    [Fact]
    public async Task A_reason_without_its_flag_is_INCONSISTENT()
    {
        var line = File.ReadAllLines(SeedFile("plan_nodes.csv")).Single(l => l.StartsWith("seed-003/yamanashi-goal-attainment-2024,2024-19-GA-2,", StringComparison.Ordinal));
        var row = _workspace.ReplaceLine("plan_nodes.csv", "seed-003/yamanashi-goal-attainment-2024,2024-19-GA-2,",
            line.Replace("Promoting generic drugs,,,,,", "Promoting generic drugs,,,理由,,", StringComparison.Ordinal));
        await AssertRefusedAsync(new LoadProblem(SeedFile("plan_nodes.csv"), row, "importance_reason_ja", "INCONSISTENT",
            "a reason for 【重要度：高】 needs the flag IMPORTANCE_HIGH"));
    }
}
