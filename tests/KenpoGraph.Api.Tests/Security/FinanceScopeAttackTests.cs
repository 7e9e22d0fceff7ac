using System.Net;
using System.Text.Json;
using KenpoGraph.Domain.Access;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>
/// Budget fields and finance facts need Kenpo.Finance.Read: without it a caller gets INSUFFICIENT_SCOPE on each budget
/// field and the rest of its query answered, and finance facts (支部収支) are simply not among its rows.
/// </summary>
[Collection(SecuredApiCollection.Name)]
public sealed class FinanceScopeAttackTests(SecuredApi api) : FinanceScopeAttacks(api);

/// <summary>The suite itself, on whichever warehouse its API runs (SQLite here; PostgreSQL in PostgreSql/PostgreSqlAccessControlTests).</summary>
public abstract class FinanceScopeAttacks(SecuredApi api)
{
    private const string BudgetAndMore = """
        { budget(account: HEALTH_ACCOUNT, fiscalYear: 2024, orgUnit: "00") { totals { value printedValue } lines { titleJa } }
          budgetChecks { subject expected }
          branch(code: "19") { nameJa }
          nationalMembership(fiscalYear: 2024) { members { value } } }
        """;

    private static void AssertBudgetsRefusedRestAnswered(Reply reply)
    {
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(["INSUFFICIENT_SCOPE", "INSUFFICIENT_SCOPE"], reply.ErrorCodes);
        var errors = reply.Json.GetProperty("errors").EnumerateArray().ToArray();
        Assert.Equal(["budget", "budgetChecks"], errors.Select(e => e.GetProperty("path")[0].GetString()));
        Assert.All(errors, e => Assert.Equal(KenpoScope.FinanceRead, e.GetProperty("extensions").GetProperty("requiredScope").GetString()));
        Assert.All(errors, e => Assert.True(e.TryGetProperty("locations", out _)));
        var data = reply.Data;
        Assert.Equal(JsonValueKind.Null, data.GetProperty("budget").ValueKind);
        Assert.Equal(0, data.GetProperty("budgetChecks").GetArrayLength());
        Assert.Equal("山梨", data.GetProperty("branch").GetProperty("nameJa").GetString());
        Assert.Equal(39_713_000m, data.GetProperty("nationalMembership").GetProperty("members").GetProperty("value").GetDecimal());
        // Not a yen of it: the FY2024 health account's revenue total and its printed figure.
        Assert.DoesNotContain("12484225", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("12,484,225", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("保険料等交付金", reply.Body, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_token_without_the_finance_scope_gets_an_error_on_budget_fields_and_the_rest_answered() =>
        AssertBudgetsRefusedRestAnswered(await api.SendAsync(BudgetAndMore, api.Token(scopes: KenpoScope.Read, client: "partner-no-finance")));

    [SkippableFact]
    public async Task Anonymous_callers_under_the_Development_defaults_have_no_finance_scope() =>
        AssertBudgetsRefusedRestAnswered(await api.SendAsync(BudgetAndMore));

    [SkippableFact]
    public async Task Budget_fields_reached_through_fragments_and_aliases_are_refused_the_same_way()
    {
        var reply = await api.SendAsync("""
            query { ...Money b2: budget(account: SEAFARERS_ACCOUNT, fiscalYear: 2024, orgUnit: "00") { roots { code } } dataVersion { id } }
            fragment Money on Query { b1: budget(account: HEALTH_ACCOUNT, fiscalYear: 2024, orgUnit: "00") { lines { code amounts { value } } } }
            """, api.Token(scopes: KenpoScope.Read, client: "partner-no-finance"));
        Assert.Equal(["INSUFFICIENT_SCOPE", "INSUFFICIENT_SCOPE"], reply.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, reply.Data.GetProperty("b1").ValueKind);
        Assert.Equal(JsonValueKind.Null, reply.Data.GetProperty("b2").ValueKind);
        Assert.Equal(1, reply.Data.GetProperty("dataVersion").GetProperty("id").GetInt32());
        Assert.DoesNotContain("HA24", reply.Body, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Finance_facts_are_not_among_the_rows_of_a_caller_without_the_finance_scope()
    {
        const string query = """
            { observations(where: { subject: { eq: "FINANCE" } }) { totalCount }
              rollup(measures: ["finance.balance.settled"], fiscalYears: [2023], level: NATIONAL) { value }
              branch(code: "19") { facts(subjects: ["FINANCE"]) { measureCode } series(measure: "finance.balance.settled") { value } }
              membership: observations(where: { subject: { eq: "MEMBERSHIP" }, orgUnit: { eq: "19" } }) { totalCount } }
            """;
        var without = (await api.SendAsync(query, api.Token(scopes: KenpoScope.Read, branches: "19", client: "partner-no-finance"))).AssertAnswered();
        Assert.Equal(0, without.GetProperty("observations").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, without.GetProperty("rollup").GetArrayLength());
        Assert.Equal(0, without.GetProperty("branch").GetProperty("facts").GetArrayLength());
        Assert.Equal(0, without.GetProperty("branch").GetProperty("series").GetArrayLength());
        Assert.True(without.GetProperty("membership").GetProperty("totalCount").GetInt32() > 0);

        var with = (await api.SendAsync(query, api.Yamanashi)).AssertAnswered();
        Assert.True(with.GetProperty("observations").GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal(1, with.GetProperty("rollup").GetArrayLength());
        Assert.NotEqual(0, with.GetProperty("branch").GetProperty("facts").GetArrayLength());
    }

    [SkippableFact]
    public async Task The_finance_scope_opens_budgets_of_the_nation_but_not_of_another_branch()
    {
        var reply = await api.SendAsync("""
            { national: budget(account: HEALTH_ACCOUNT, fiscalYear: 2024, orgUnit: "00") { totals { value } }
              nagano: budget(account: BRANCH_PROGRAMME, fiscalYear: 2025, orgUnit: "20") { totals { value } } }
            """, api.Yamanashi);
        var data = reply.AssertAnswered();
        OutsideRights.AssertOnly(reply.Body, "19");
        Assert.Equal(12_484_225_000_000m, data.GetProperty("national").GetProperty("totals")[0].GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("nagano").ValueKind);
    }
}
