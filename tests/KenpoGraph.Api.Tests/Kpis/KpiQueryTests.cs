using System.Text.Json;

namespace KenpoGraph.Api.Tests.Kpis;

/// <summary>KPI targets, results and attainment through HTTP, against the figures the seeds print (research/ fixture tables).</summary>
public sealed class KpiQueryTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    private const string TargetFields = """
        code fiscalYear orgUnit { code } comparator rule threshold printedValue printedUnit asOfDate plannedNumerator plannedDenominator plannedRate
        status publishedAttainment computedAttainment attainmentDisagrees
        result { value printedValue numerator denominator printedAttainment attainment asOf periodBasis source { locator } }
        plan { code kind } planNode { code titleJa } source { document { code } locator quality uncertain }
        """;

    [Fact]
    public async Task Checkups_of_Nagano_FY2025_and_the_nation_come_back_in_one_comparison_as_seed_000_prints_them()
    {
        var data = await api.DataAsync($$"""
            { kpiComparison(kpi: "K-CHECKUP-INSURED", fiscalYears: [2025, 2024], orgUnits: ["00", "20"]) {
                orgUnit { code } fiscalYear kpi { nameJa unit betterDirection } target { {{TargetFields}} } targets { code plan { code } threshold } } }
            """);
        var cells = data.GetProperty("kpiComparison").EnumerateArray().ToArray();
        Assert.Equal(["00/2025", "00/2024", "20/2025", "20/2024"],
            cells.Select(c => $"{c.GetProperty("orgUnit").GetProperty("code").GetString()}/{c.GetProperty("fiscalYear").GetInt32()}"));

        // seed 000 L734: national FY2025 ≥ 63.5 %
        var national = cells[0].GetProperty("target");
        Assert.Equal(63.5m, national.GetProperty("threshold").GetDecimal());
        Assert.Equal("GTE", national.GetProperty("comparator").GetString());
        Assert.Equal("seed-000", national.GetProperty("source").GetProperty("document").GetProperty("code").GetString());
        Assert.Equal("L734", national.GetProperty("source").GetProperty("locator").GetString());

        // seed 001 L528: national FY2024 ≥ 61.7 % (the business plan's target is preferred)
        Assert.Equal(61.7m, cells[1].GetProperty("target").GetProperty("threshold").GetDecimal());
        Assert.Equal("seed-001/health-business-plan-2024", cells[1].GetProperty("target").GetProperty("plan").GetProperty("code").GetString());

        // seed 000 L390-L396: Nagano FY2025 ≥ 65.6 %, planned 180,224 of 274,731
        var nagano = cells[2].GetProperty("target");
        Assert.Equal(65.6m, nagano.GetProperty("threshold").GetDecimal());
        Assert.Equal("ABSOLUTE", nagano.GetProperty("rule").GetString());
        Assert.Equal(180_224m, nagano.GetProperty("plannedNumerator").GetDecimal());
        Assert.Equal(274_731m, nagano.GetProperty("plannedDenominator").GetDecimal());
        Assert.Equal(65.6m, nagano.GetProperty("plannedRate").GetDecimal());
        Assert.Equal("2025-20-BP-2.2.2", nagano.GetProperty("planNode").GetProperty("code").GetString());
        Assert.Equal("生活習慣病予防健診実施率", cells[2].GetProperty("kpi").GetProperty("nameJa").GetString());
        Assert.Equal(["T0007", "T0046"], cells[2].GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("code").GetString()));

        // seed 000 L750-L752: Nagano FY2024 ≥ 63.3 %, read from the interleaved table (uncertain)
        var naganoLastYear = cells[3].GetProperty("target");
        Assert.Equal(63.3m, naganoLastYear.GetProperty("threshold").GetDecimal());
        Assert.True(naganoLastYear.GetProperty("source").GetProperty("uncertain").GetBoolean());
    }

    [Theory]
    // seed 000 KPI table (L657-L847) and the Nagano plan: (kpi, org unit, year, threshold, rule)
    [InlineData("K-EMPLOYER-CHECKUP-DATA", "20", 2025, "15.6", "ABSOLUTE")]
    [InlineData("K-CHECKUP-DEPENDANT", "20", 2025, "37.4", "ABSOLUTE")]
    [InlineData("K-GUIDANCE-DEPENDANT", "20", 2025, "24.0", "ABSOLUTE")]
    [InlineData("K-GUIDANCE-DEPENDANT", "20", 2024, "28.1", "ABSOLUTE")]
    [InlineData("K-ASSESSMENT-RATE", "20", 2024, "0.182", "PRIOR_YEAR")]
    [InlineData("K-REEXAM-AMOUNT-PER-CLAIM", "20", 2024, "4817", "PRIOR_YEAR")]
    [InlineData("K-HEALTH-DECLARATION", "20", 2024, "1410", "ABSOLUTE")]
    [InlineData("K-HEALTH-DECLARATION", "20", 2025, "1460", "ABSOLUTE")]
    [InlineData("K-HEALTH-DECLARATION", "00", 2025, "106000", "ABSOLUTE")]
    // seed 001 (FY2024 national plan and KPI list)
    [InlineData("K-HEALTH-DECLARATION", "00", 2024, "100000", "ABSOLUTE")]
    [InlineData("K-GENERIC-SHARE", "00", 2024, "80", "ALL_BRANCHES_THRESHOLD")]
    // seed 002 (Mie FY2025 plan)
    [InlineData("K-CHECKUP-INSURED", "24", 2025, "69.5", "ABSOLUTE")]
    [InlineData("K-EMPLOYER-CHECKUP-DATA", "24", 2025, "11.0", "ABSOLUTE")]
    [InlineData("K-GUIDANCE-INSURED", "24", 2025, "22.0", "ABSOLUTE")]
    [InlineData("K-HEALTH-DECLARATION", "24", 2025, "1750", "ABSOLUTE")]
    [InlineData("K-COMMISSIONER-COVERAGE", "24", 2025, "52.4", "ABSOLUTE")]
    [InlineData("K-SINGLE-BID-SHARE", "24", 2025, "15", "ABSOLUTE")]
    [InlineData("K-SS-AVG-DAYS", "24", 2025, "7", "ABSOLUTE")]
    [InlineData("K-REEXAM-AMOUNT-PER-CLAIM", "24", 2024, "8683", "PRIOR_YEAR")]
    public async Task Targets_carry_the_printed_threshold_and_rule(string kpi, string orgUnit, int year, string threshold, string rule)
    {
        var data = await api.DataAsync($$"""
            { kpiComparison(kpi: "{{kpi}}", fiscalYears: [{{year}}], orgUnits: ["{{orgUnit}}"]) { targets { threshold rule } } }
            """);
        var targets = data.GetProperty("kpiComparison")[0].GetProperty("targets").EnumerateArray().ToArray();
        Assert.Contains(targets, t => t.GetProperty("threshold").ValueKind == JsonValueKind.Number
            && t.GetProperty("threshold").GetDecimal() == decimal.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture)
            && t.GetProperty("rule").GetString() == rule);
    }

    [Fact]
    public async Task The_FY2024_business_report_counts_19_KPIs_10_1_8_and_checks_the_printed_tally()
    {
        var data = await api.DataAsync("""
            {
              attainmentTallies { subject expected actual status locator document { code } }
              attained: kpiTargets(where: { plan: { eq: "seed-004/national-kpi-attainment-2024" }, attainment: { eq: ATTAINED } }) { totalCount }
              broadly: kpiTargets(where: { plan: { eq: "seed-004/national-kpi-attainment-2024" }, attainment: { eq: BROADLY_ATTAINED } }) {
                totalCount nodes { kpi { code } threshold result { value } computedAttainment attainmentDisagrees }
              }
              missed: kpiTargets(where: { plan: { eq: "seed-004/national-kpi-attainment-2024" }, attainment: { eq: NOT_ATTAINED } }) { totalCount }
              disagreements: kpiTargets(where: { attainmentDisagrees: { eq: true } }) { totalCount }
            }
            """);
        var tallies = data.GetProperty("attainmentTallies").EnumerateArray().ToArray();
        Assert.Equal(["seed-004/national-kpi-attainment-2024 達成", "seed-004/national-kpi-attainment-2024 概ね達成", "seed-004/national-kpi-attainment-2024 未達成"],
            tallies.Select(t => t.GetProperty("subject").GetString()));
        Assert.Equal([10m, 1m, 8m], tallies.Select(t => t.GetProperty("expected").GetDecimal()));
        Assert.Equal([10m, 1m, 8m], tallies.Select(t => t.GetProperty("actual").GetDecimal()));
        Assert.All(tallies, t => Assert.Equal("EXACT", t.GetProperty("status").GetString()));
        Assert.Equal("L1162", tallies[0].GetProperty("locator").GetString());
        // 10 達成 KPIs, one of them the composite K18 with two targets (coverage ≥ 50 %, establishments ≥ prior year)
        Assert.Equal(11, data.GetProperty("attained").GetProperty("totalCount").GetInt32());
        Assert.Equal(8, data.GetProperty("missed").GetProperty("totalCount").GetInt32());
        // seed 004 L970-L973: dependants' checkups 29.4 % against 30.3 %, 概ね達成: a narrow miss, consistent with the computed miss
        var broadly = Assert.Single(data.GetProperty("broadly").GetProperty("nodes").EnumerateArray());
        Assert.Equal("K-CHECKUP-DEPENDANT", broadly.GetProperty("kpi").GetProperty("code").GetString());
        Assert.Equal(30.3m, broadly.GetProperty("threshold").GetDecimal());
        Assert.Equal(29.4m, broadly.GetProperty("result").GetProperty("value").GetDecimal());
        Assert.Equal("NOT_ATTAINED", broadly.GetProperty("computedAttainment").GetString());
        Assert.False(broadly.GetProperty("attainmentDisagrees").GetBoolean());
        Assert.Equal(0, data.GetProperty("disagreements").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task My_Number_card_usage_was_19_10_percent_against_50_percent_on_30_November_2024_not_attained()
    {
        var data = await api.DataAsync($$"""
            { kpiTargets(where: { kpi: { eq: "K-MYNA-USAGE" }, plan: { eq: "seed-004/national-kpi-attainment-2024" } }) { nodes { {{TargetFields}} } } }
            """);
        var target = Assert.Single(data.GetProperty("kpiTargets").GetProperty("nodes").EnumerateArray());
        Assert.Equal("AS_OF_DATE", target.GetProperty("rule").GetString());
        Assert.Equal(50m, target.GetProperty("threshold").GetDecimal());
        Assert.Equal("2024-11-30", target.GetProperty("asOfDate").GetString());
        Assert.Equal(19.10m, target.GetProperty("result").GetProperty("value").GetDecimal());
        Assert.Equal("19.10", target.GetProperty("result").GetProperty("printedValue").GetString());
        Assert.Equal("未達成", target.GetProperty("result").GetProperty("printedAttainment").GetString());
        Assert.Equal("NOT_ATTAINED", target.GetProperty("publishedAttainment").GetString());
        Assert.Equal("NOT_ATTAINED", target.GetProperty("computedAttainment").GetString());
        Assert.Equal("L951-L954", target.GetProperty("source").GetProperty("locator").GetString());
    }

    [Fact]
    public async Task Yamanashi_FY2024_goal_table_has_six_rows_with_their_marks()
    {
        var data = await api.DataAsync("""
            { kpiTargets(where: { plan: { eq: "seed-003/yamanashi-goal-attainment-2024" } }) {
                totalCount nodes { kpi { code } printedValue result { printedValue printedAttainment dataFiscalYear } publishedAttainment computedAttainment } } }
            """);
        var rows = data.GetProperty("kpiTargets").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(6, data.GetProperty("kpiTargets").GetProperty("totalCount").GetInt32());
        // seed 003 L7-L69
        Assert.Equal(["×", "〇", "〇", "－", "〇", "〇"], rows.Select(r => r.GetProperty("result").GetProperty("printedAttainment").GetString()));
        Assert.Equal(["15", "82.8", "54.1", "定性評価", "1,010", "15.0"], rows.Select(r => r.GetProperty("printedValue").GetString()));
        Assert.Equal(["16", "89.1", "56.16", "実施済", "1,138", "5.9"], rows.Select(r => r.GetProperty("result").GetProperty("printedValue").GetString()));
        // the incentive rank reported in FY2024 is the FY2023 result (L11-L14)
        Assert.Equal(2023, rows[0].GetProperty("result").GetProperty("dataFiscalYear").GetInt32());
        Assert.Equal("NOT_ASSESSED", rows[3].GetProperty("publishedAttainment").GetString());
        Assert.Equal(JsonValueKind.Null, rows[3].GetProperty("computedAttainment").ValueKind);
    }

    [Fact]
    public async Task Results_carry_numerator_and_denominator_where_printed()
    {
        var data = await api.DataAsync("""
            {
              yamanashi: kpiComparison(kpi: "K-CHECKUP-INSURED", fiscalYears: [2024], orgUnits: ["19"]) {
                target { threshold plannedNumerator plannedDenominator computedAttainment result { value numerator denominator } }
              }
              bids: kpiComparison(kpi: "K-SINGLE-BID-SHARE", fiscalYears: [2024], orgUnits: ["00"], plan: "seed-004/national-business-report-2024") {
                results { scope printedValue numerator denominator }
              }
              mie: kpiComparison(kpi: "K-CHECKUP-INSURED", fiscalYears: [2024], orgUnits: ["24"]) { target { threshold computedAttainment result { value periodBasis asOf } } }
              seafarers: kpiComparison(kpi: "K-SF-CARD-RETURN-1M", fiscalYears: [2020, 2021, 2022], orgUnits: ["00"]) { results { periodBasis printedValue } }
            }
            """);
        // seed 003 L683-L726: 73.7 % = 78,870 / 106,993 against ≥ 72.1 % (planned 73,980 / 102,607)
        var yamanashi = data.GetProperty("yamanashi")[0].GetProperty("target");
        Assert.Equal(72.1m, yamanashi.GetProperty("threshold").GetDecimal());
        Assert.Equal(73_980m, yamanashi.GetProperty("plannedNumerator").GetDecimal());
        Assert.Equal(102_607m, yamanashi.GetProperty("plannedDenominator").GetDecimal());
        Assert.Equal(73.7m, yamanashi.GetProperty("result").GetProperty("value").GetDecimal());
        Assert.Equal(78_870m, yamanashi.GetProperty("result").GetProperty("numerator").GetDecimal());
        Assert.Equal(106_993m, yamanashi.GetProperty("result").GetProperty("denominator").GetDecimal());
        Assert.Equal("ATTAINED", yamanashi.GetProperty("computedAttainment").GetString());

        // seed 004 L868-L872: HQ 35/135 = 26.0 %, branches 54/701 = 7.8 %, total 89/836 = 10.7 %
        var bids = data.GetProperty("bids")[0].GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("scope").GetString()!, r => (r.GetProperty("printedValue").GetString(), r.GetProperty("numerator").GetDecimal(),
                r.GetProperty("denominator").GetDecimal()));
        Assert.Equal(("26.0", 35m, 135m), bids["HQ_ONLY"]);
        Assert.Equal(("7.8", 54m, 701m), bids["BRANCHES_TOTAL"]);
        Assert.Equal(("10.7", 89m, 836m), bids["NATIONAL"]);

        // seed 002 L474: Mie's FY2024 29.3 % is year-to-date (October): no computed attainment
        var mie = data.GetProperty("mie")[0].GetProperty("target");
        Assert.Equal(29.3m, mie.GetProperty("result").GetProperty("value").GetDecimal());
        Assert.Equal("2024-10", mie.GetProperty("result").GetProperty("asOf").GetString());
        Assert.Equal(JsonValueKind.Null, mie.GetProperty("computedAttainment").ValueKind);

        // seed 001 L1845-L1849: 90.8, 90.3, 89.0 and the printed 3-year average 89.9
        Assert.Equal(["90.8", "90.3", "89.0", "89.9"], data.GetProperty("seafarers").EnumerateArray()
            .SelectMany(c => c.GetProperty("results").EnumerateArray()).Select(r => r.GetProperty("printedValue").GetString()));
    }

    [Fact]
    public async Task KPI_definitions_keep_their_method_versions()
    {
        var data = await api.DataAsync("""
            {
              kpi(code: "K-REFERRAL-VISIT") { nameJa betterDirection methodVersions { version validFrom validTo definitionJa } }
              kpis(scheme: SEAFARERS_INSURANCE) { code }
            }
            """);
        var versions = data.GetProperty("kpi").GetProperty("methodVersions").EnumerateArray().ToArray();
        Assert.Equal([1, 2, 3], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal("受診勧奨後3か月以内の受診割合", versions[0].GetProperty("definitionJa").GetString());
        Assert.Equal(2024, versions[1].GetProperty("validFrom").GetInt32());
        Assert.All(data.GetProperty("kpis").EnumerateArray(), k => Assert.StartsWith("K-SF-", k.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task An_unknown_KPI_is_an_INVALID_ARGUMENT_error()
    {
        var result = await api.QueryAsync("""{ kpiComparison(kpi: "K-NONE", fiscalYears: [2025], orgUnits: ["00"]) { fiscalYear } }""");
        var error = result.GetProperty("errors")[0];
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("'K-NONE' is not a KPI code; the kpis query lists them.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Yamanashi_results_keep_the_printed_phrase_and_the_printed_difference_from_the_target_apart()
    {
        var data = await api.DataAsync("""
            { kpiResults(where: { orgUnit: { eq: "19" } }, first: 100) { nodes { code attainmentPhraseJa targetDifference printedTargetDifference targetDifferenceUnit source { locator } } } }
            """);
        var rows = data.GetProperty("kpiResults").GetProperty("nodes").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);
        string? Text(string code, string field) => rows[code].GetProperty(field).ValueKind == JsonValueKind.Null ? null : rows[code].GetProperty(field).GetString();

        // seed 003 L248: 「6.3％（目標達成）」 under 目標との差: the difference and the phrase, each in its field
        Assert.Equal("目標達成", Text("R0127", "attainmentPhraseJa"));
        Assert.Equal(6.3m, rows["R0127"].GetProperty("targetDifference").GetDecimal());
        Assert.Equal("％", Text("R0127", "targetDifferenceUnit"));
        // L1278: （▲3.4％）, the FY2023 difference, with no phrase
        Assert.Null(Text("R0147", "attainmentPhraseJa"));
        Assert.Equal(-3.4m, rows["R0147"].GetProperty("targetDifference").GetDecimal());
        Assert.Equal("▲3.4", Text("R0147", "printedTargetDifference"));
        // L1432: 1,594円 beside the phrase 目標を達成 (L1467)
        Assert.Equal("目標を達成", Text("R0153", "attainmentPhraseJa"));
        Assert.Equal(1594m, rows["R0153"].GetProperty("targetDifference").GetDecimal());
        Assert.Equal("円", Text("R0153", "targetDifferenceUnit"));
        Assert.Equal("L1429;L1432", rows["R0153"].GetProperty("source").GetProperty("locator").GetString());
        // No phrase is a difference any more: none begins with a bare (or bracketed) number and its unit.
        Assert.All(rows.Values, r => Assert.DoesNotMatch(@"^[（(]?[▲△-]?[0-9][0-9,.]*[％%社円]?[）)]?(（|$)", r.GetProperty("attainmentPhraseJa").GetString() ?? ""));
        Assert.Equal("L245-L248", rows["R0127"].GetProperty("source").GetProperty("locator").GetString());
    }
}
