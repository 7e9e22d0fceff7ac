using KenpoGraph.Domain.Access;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>
/// The row filter is SQL: for a restricted reader every table it covers gets its condition in the statement itself,
/// and that statement is valid SQL Server text (parsed with ScriptDom, no server needed).
/// </summary>
public sealed class RowFilterSqlTests
{
    private static readonly AccessRights Yamanashi = new([KenpoScope.Read], BranchRestriction.To([OrgUnitCode.Parse("19")]));

    public static TheoryData<string> Tables() =>
    [
        "dim_org_unit", "dim_region_member", "fact_observation", "fact_rollup", "dim_plan_document", "dim_plan_node",
        "fact_kpi_target", "fact_kpi_result", "dim_budget_line", "fact_budget_amount", "check_result",
    ];

    private static IQueryable Query(WarehouseDbContext db, string table) => table switch
    {
        "dim_org_unit" => db.OrgUnits,
        "dim_region_member" => db.RegionMembers,
        "fact_observation" => db.Observations,
        "fact_rollup" => db.Rollups,
        "dim_plan_document" => db.PlanDocuments,
        "dim_plan_node" => db.PlanNodes,
        "fact_kpi_target" => db.KpiTargets,
        "fact_kpi_result" => db.KpiResults,
        "dim_budget_line" => db.BudgetLines,
        "fact_budget_amount" => db.BudgetAmounts,
        "check_result" => db.LoadCheckResults,
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void A_restricted_reader_gets_the_branch_condition_in_valid_SQL_Server_text(string table)
    {
        using var db = new WarehouseDbContext(new DbContextOptionsBuilder<WarehouseDbContext>().UseSqlServer("Server=none;Database=KenpoGraph").Options)
            .RestrictTo(Yamanashi);

        var sql = Query(db, table).ToQueryString();

        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Message)) + "\n" + sql);
        Assert.Contains("N'19'", sql, StringComparison.Ordinal);
        Assert.Contains($"[{table}]", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Finance_facts_are_filtered_by_subject_for_a_reader_without_the_finance_scope_only()
    {
        using var without = Sqlite().RestrictTo(Yamanashi);
        Assert.Contains("\"subject\" = @ef_filter__HiddenFactSubject", without.Observations.ToQueryString(), StringComparison.Ordinal);

        using var with = Sqlite().RestrictTo(new AccessRights([KenpoScope.Read, KenpoScope.FinanceRead], BranchRestriction.None));
        Assert.DoesNotContain("subject", with.Observations.ToQueryString(), StringComparison.Ordinal);
    }

    private static WarehouseDbContext Sqlite() =>
        new(new DbContextOptionsBuilder<WarehouseDbContext>().UseSqlite("Data Source=:memory:").Options);
}
