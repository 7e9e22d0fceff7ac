using System.Text.Json;

namespace KenpoGraph.Api.Tests.Budgets;

/// <summary>Budget trees through HTTP: amounts in yen with the printed figure and unit, "-" as no amount, and the load checks.</summary>
public sealed class BudgetQueryTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    [Fact]
    public async Task FY2024_health_account_revenue_is_12_484_225_million_yen_and_its_tree_sums()
    {
        var data = await api.DataAsync("""
            { budget(account: HEALTH_ACCOUNT, fiscalYear: 2024, orgUnit: "00") {
                plans { code subtitleJa }
                totals { lineCode value printedValue printedUnit source { document { code } locator } }
                roots { code titleJa side checks { check expected actual difference tolerance status }
                  children { code titleJa amounts(kind: BUDGET) { value printedValue printedUnit } children { titleJa amounts { value printedValue } } } } } }
            """);
        var budget = data.GetProperty("budget");
        Assert.Equal("〔健康保険勘定〕", budget.GetProperty("plans")[0].GetProperty("subtitleJa").GetString());
        var revenue = budget.GetProperty("roots")[0];
        Assert.Equal("収入", revenue.GetProperty("titleJa").GetString());
        Assert.Equal("REVENUE", revenue.GetProperty("side").GetString());
        var total = budget.GetProperty("totals")[0];
        Assert.Equal("HA24-R", total.GetProperty("lineCode").GetString());
        Assert.Equal(12_484_225_000_000m, total.GetProperty("value").GetDecimal());
        Assert.Equal("12,484,225", total.GetProperty("printedValue").GetString());
        Assert.Equal("百万円", total.GetProperty("printedUnit").GetString());
        Assert.Equal("seed-001", total.GetProperty("source").GetProperty("document").GetProperty("code").GetString());

        var lines = revenue.GetProperty("children").EnumerateArray().ToDictionary(l => l.GetProperty("titleJa").GetString()!, l => l.GetProperty("amounts")[0]);
        Assert.Equal(11_264_594_000_000m, lines["保険料等交付金"].GetProperty("value").GetDecimal());
        Assert.Equal(1_138_159_000_000m, lines["国庫補助金"].GetProperty("value").GetDecimal());
        // "-" is no amount, never zero (seed 001 運用収入)
        Assert.Equal(JsonValueKind.Null, lines["運用収入"].GetProperty("value").ValueKind);
        Assert.Equal("-", lines["運用収入"].GetProperty("printedValue").GetString());

        // the printed items sum to 12,484,226: one 百万円 of rounding (（注）計数は四捨五入)
        var check = revenue.GetProperty("checks")[0];
        Assert.Equal("BUDGET_SUM", check.GetProperty("check").GetString());
        Assert.Equal(-1_000_000m, check.GetProperty("difference").GetDecimal());
        Assert.Equal("WITHIN_ROUNDING", check.GetProperty("status").GetString());

        // seed 001 L2150-L2155: 拠出金等 3,636,113 = 1,289,888 + 2,346,206 + 11 + 8; 累積収支への繰入 368,475
        var spending = budget.GetProperty("roots")[1].GetProperty("children").EnumerateArray().ToDictionary(l => l.GetProperty("titleJa").GetString()!);
        Assert.Equal(3_636_113_000_000m, spending["拠出金等"].GetProperty("amounts")[0].GetProperty("value").GetDecimal());
        Assert.Equal(["1,289,888", "2,346,206", "11", "8"], spending["拠出金等"].GetProperty("children").EnumerateArray()
            .Select(c => c.GetProperty("amounts")[0].GetProperty("printedValue").GetString()));
        Assert.Equal("368,475", spending["累積収支への繰入"].GetProperty("amounts")[0].GetProperty("printedValue").GetString());
    }

    [Fact]
    public async Task FY2025_budget_lines_minus_their_printed_change_give_the_FY2024_lines()
    {
        var data = await api.DataAsync("""
            { budget(account: HEALTH_ACCOUNT, fiscalYear: 2025, orgUnit: "00") {
                lines { code titleJa priorYearLines amounts { kind value printedValue printedUnit } checks { check status difference detail } } } }
            """);
        var lines = data.GetProperty("budget").GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("code").GetString()!);
        // seed 000 L854: 業務経費 2,391億円, ＋91億円 against FY2024 (seed 001: 229,957百万円)
        var operating = lines["HB25-T.1"];
        Assert.Equal(["HA24-E.04"], operating.GetProperty("priorYearLines").EnumerateArray().Select(p => p.GetString()));
        var amounts = operating.GetProperty("amounts").EnumerateArray().ToDictionary(a => a.GetProperty("kind").GetString()!);
        Assert.Equal(239_100_000_000m, amounts["BUDGET"].GetProperty("value").GetDecimal());
        Assert.Equal("億円", amounts["BUDGET"].GetProperty("printedUnit").GetString());
        Assert.Equal(9_100_000_000m, amounts["CHANGE_FROM_PREVIOUS"].GetProperty("value").GetDecimal());
        var priorYear = operating.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("check").GetString() == "BUDGET_PRIOR_YEAR");
        Assert.Equal("WITHIN_ROUNDING", priorYear.GetProperty("status").GetString());
        Assert.Equal(-43_000_000m, priorYear.GetProperty("difference").GetDecimal());
        // seed 000 L886, L903: 保健事業経費 2,030.8億円 (＋115.1), of which ＋83.6 from 13,424,147 examinees
        Assert.Equal("2,030.8", lines["HB25-T.1.2"].GetProperty("amounts").EnumerateArray().Single(a => a.GetProperty("kind").GetString() == "BUDGET").GetProperty("printedValue").GetString());
        Assert.Equal("＋83.6", lines["HB25-T.1.2.D1"].GetProperty("amounts")[0].GetProperty("printedValue").GetString());
        Assert.Equal("CHANGE_DRIVER", lines["HB25-T.1.2.D1"].GetProperty("amounts")[0].GetProperty("kind").GetString());

        var checks = await api.DataAsync("{ budgetChecks { check subject status } }");
        var priorYearChecks = checks.GetProperty("budgetChecks").EnumerateArray().Where(c => c.GetProperty("check").GetString() == "BUDGET_PRIOR_YEAR").ToArray();
        Assert.Equal(8, priorYearChecks.Length);
        Assert.All(priorYearChecks, c => Assert.NotEqual("KNOWN_DISCREPANCY", c.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Programme_budgets_keep_requested_ceiling_and_last_year_and_record_known_discrepancies()
    {
        var data = await api.DataAsync("""
            {
              nagano: budget(account: BRANCH_PROGRAMME, fiscalYear: 2025, orgUnit: "20") {
                roots { titleJa amounts { fiscalYear kind printedValue } checks { subject status difference detail } } lines { titleJa isNew amounts { fiscalYear kind printedValue value } } }
              mie: budget(account: BRANCH_PROGRAMME, fiscalYear: 2025, orgUnit: "24") {
                roots { titleJa amounts { printedValue } checks { status difference } } lines { titleJa isNew amounts { kind printedValue } source { uncertain } } }
              none: budget(account: SEAFARERS_ACCOUNT, fiscalYear: 2025, orgUnit: "00") { account }
              obligations: budget(account: ASSOCIATION, fiscalYear: 2024, orgUnit: "00") { lines { titleJa amounts { kind printedValue } } }
              seafarers: budget(account: SEAFARERS_ACCOUNT, fiscalYear: 2024, orgUnit: "00") { lines { titleJa amounts { printedValue } } }
            }
            """);
        // seed 000 L994, L1046: 保健事業 requested 59,232, ceiling 66,345, FY2024 63,817; 集団健診 10,411 (FY2024 8,383)
        var health = data.GetProperty("nagano").GetProperty("roots")[1];
        Assert.Equal("保健事業", health.GetProperty("titleJa").GetString());
        Assert.Equal(["2025 REQUESTED 59,232", "2025 CEILING 66,345", "2024 BUDGET 63,817"], health.GetProperty("amounts").EnumerateArray()
            .Select(a => $"{a.GetProperty("fiscalYear").GetInt32()} {a.GetProperty("kind").GetString()} {a.GetProperty("printedValue").GetString()}"));
        var checks = health.GetProperty("checks").EnumerateArray().ToArray();
        var known = Assert.Single(checks, c => c.GetProperty("status").GetString() == "KNOWN_DISCREPANCY");
        Assert.Equal("NPB25-C2 2024 BUDGET", known.GetProperty("subject").GetString());
        Assert.Equal(58_000m, known.GetProperty("difference").GetDecimal());
        Assert.Contains("58千円 unexplained", known.GetProperty("detail").GetString());
        var groupCheckup = data.GetProperty("nagano").GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("titleJa").GetString() == "集団健診");
        Assert.Equal([10_411_000m, 8_383_000m], groupCheckup.GetProperty("amounts").EnumerateArray().Select(a => a.GetProperty("value").GetDecimal()));
        var newItem = data.GetProperty("nagano").GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("titleJa").GetString() == "保健指導利用勧奨");
        Assert.True(newItem.GetProperty("isNew").GetBoolean());
        Assert.Equal(JsonValueKind.Null, newItem.GetProperty("amounts")[1].GetProperty("value").ValueKind);

        // seed 002 L1525-L1642: 医療費適正化等予算 10,732 sums; 保健事業予算 50,697 is 87千円 over its groups; 特別枠 4,616 (新規)
        var mie = data.GetProperty("mie");
        Assert.Equal("EXACT", mie.GetProperty("roots")[0].GetProperty("checks")[0].GetProperty("status").GetString());
        Assert.Equal(87_000m, mie.GetProperty("roots")[1].GetProperty("checks")[0].GetProperty("difference").GetDecimal());
        var special = mie.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("titleJa").GetString() == "糖尿病予備群に対する予防啓発");
        Assert.Equal("4,616", special.GetProperty("amounts")[0].GetProperty("printedValue").GetString());
        Assert.True(special.GetProperty("isNew").GetBoolean());
        Assert.True(special.GetProperty("source").GetProperty("uncertain").GetBoolean());

        Assert.Equal(JsonValueKind.Null, data.GetProperty("none").ValueKind);
        // seed 001 L2020-L2022, L2293: システム経費 limit 48,374百万円; seafarers' 予備費 150百万円
        Assert.Contains(data.GetProperty("obligations").GetProperty("lines").EnumerateArray(), l => l.GetProperty("titleJa").GetString() == "システム経費"
            && l.GetProperty("amounts")[0].GetProperty("printedValue").GetString() == "48,374" && l.GetProperty("amounts")[0].GetProperty("kind").GetString() == "OBLIGATION_LIMIT");
        Assert.Contains(data.GetProperty("seafarers").GetProperty("lines").EnumerateArray(), l => l.GetProperty("titleJa").GetString() == "予備費"
            && l.GetProperty("amounts")[0].GetProperty("printedValue").GetString() == "150");
    }
}
