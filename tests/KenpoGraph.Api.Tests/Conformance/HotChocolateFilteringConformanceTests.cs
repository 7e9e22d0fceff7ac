using System.Text.Json;

namespace KenpoGraph.Api.Tests.Conformance;

/// <summary>
/// Filtering as HotChocolate does it, checked over HTTP against the endpoint. Each case names the HotChocolate test
/// (ChilliCream/graphql-platform, src/HotChocolate/Data/test/Data.Filters.SqlServer.Tests) and snapshot it comes from;
/// where KenpoGraph still differs, docs/bi-developers.md says so and why.
/// </summary>
public sealed class HotChocolateFilteringConformanceTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    // QueryableFilterVisitorStringTests.Create_StringContains_Expression.snap, case "null": HC0026,
    // "The provided value for filter `contains` of type StringOperationFilterInput is invalid. Null values are not supported."
    [Fact]
    public async Task Contains_null_is_refused_as_HotChocolate_refuses_it()
    {
        var error = await ErrorOf("""{ observations(where: { measureCode: { contains: null } }) { totalCount } }""");
        AssertNullRefused(error, "contains", "StringOperationFilterInput", "String!");
    }

    // QueryableFilterVisitorStringTests.Create_StringEqual_Expression.snap, case "null": eq null on a string that is never null.
    [Fact]
    public async Task Eq_null_on_a_text_field_that_is_never_null_is_refused()
    {
        var error = await ErrorOf("""{ observations(where: { measureCode: { eq: null } }) { totalCount } }""");
        AssertNullRefused(error, "eq", "StringOperationFilterInput", "String!");
    }

    // QueryableFilterVisitorComparableTests.Create_ShortEqual_Expression.snap, case "null": eq null on a non-nullable
    // number is HC0026 with expectedType "Short!" (here Int!); before issue 18 it silently became eq: 0.
    [Fact]
    public async Task Eq_null_on_a_number_that_is_never_null_is_refused_not_read_as_zero()
    {
        var error = await ErrorOf("""{ observations(where: { fiscalYear: { eq: null } }) { totalCount } }""");
        AssertNullRefused(error, "eq", "IntOperationFilterInput", "Int!");
    }

    // QueryableFilterVisitorComparableTests.Create_ShortGreaterThan_Expression_null.snap: gt null, on any field.
    [Theory]
    [InlineData("fiscalYear", "gt", "IntOperationFilterInput", "Int!")]
    [InlineData("fiscalYear", "nlte", "IntOperationFilterInput", "Int!")]
    [InlineData("value", "gte", "DecimalOperationFilterInput", "Decimal!")]
    [InlineData("regionCode", "startsWith", "StringOperationFilterInput", "String!")]
    public async Task Comparisons_with_null_are_refused_even_on_fields_that_can_be_null(string field, string operation, string filterType, string expectedType)
    {
        var error = await ErrorOf($$"""{ observations(where: { {{field}}: { {{operation}}: null } }) { totalCount } }""");
        AssertNullRefused(error, operation, filterType, expectedType);
    }

    // QueryableFilterVisitorComparableTests.Create_ShortIn_Expression.snap, case "nullAnd14": expectedType "[Short!]".
    [Fact]
    public async Task In_with_a_null_item_on_a_field_that_is_never_null_is_refused()
    {
        var error = await ErrorOf("""{ observations(where: { fiscalYear: { in: [null, 2024] } }) { totalCount } }""");
        AssertNullRefused(error, "in", "IntOperationFilterInput", "[Int!]");
    }

    // QueryableFilterVisitorComparableTests.Create_ShortNullableEqual_Expression / …NotEqual: on a nullable field eq null
    // is IS NULL and neq null is IS NOT NULL. The national rows (org unit 00) have no region.
    [Fact]
    public async Task Eq_null_on_a_field_that_can_be_null_finds_the_rows_without_a_value()
    {
        var data = await api.DataAsync("""
            {
              none: observations(first: 1000, where: { regionCode: { eq: null }, fiscalYear: { eq: 2024 } }) { totalCount nodes { orgUnitCode regionCode } }
              some: observations(first: 0, where: { regionCode: { neq: null }, fiscalYear: { eq: 2024 } }) { totalCount }
              all: observations(first: 0, where: { fiscalYear: { eq: 2024 } }) { totalCount }
            }
            """);
        var none = data.GetProperty("none");
        Assert.True(none.GetProperty("totalCount").GetInt32() > 0);
        Assert.All(none.GetProperty("nodes").EnumerateArray(), node =>
        {
            Assert.Equal("00", node.GetProperty("orgUnitCode").GetString());
            Assert.Equal(JsonValueKind.Null, node.GetProperty("regionCode").ValueKind);
        });
        Assert.Equal(data.GetProperty("all").GetProperty("totalCount").GetInt32(),
            none.GetProperty("totalCount").GetInt32() + data.GetProperty("some").GetProperty("totalCount").GetInt32());
    }

    // QueryableFilterVisitorComparableTests.Create_ShortNullableIn_Expression: null inside in is allowed on a nullable field.
    [Fact]
    public async Task In_with_null_on_a_field_that_can_be_null_includes_the_rows_without_a_value()
    {
        var data = await api.DataAsync("""
            {
              both: observations(first: 0, where: { regionCode: { in: [null, "CHUBU"] }, fiscalYear: { eq: 2024 } }) { totalCount }
              none: observations(first: 0, where: { regionCode: { eq: null }, fiscalYear: { eq: 2024 } }) { totalCount }
              chubu: observations(first: 0, where: { regionCode: { eq: "CHUBU" }, fiscalYear: { eq: 2024 } }) { totalCount }
            }
            """);
        Assert.Equal(data.GetProperty("none").GetProperty("totalCount").GetInt32() + data.GetProperty("chubu").GetProperty("totalCount").GetInt32(),
            data.GetProperty("both").GetProperty("totalCount").GetInt32());
    }

    // HotChocolate names filter fields after the output fields (ChilliCream docs, "Filtering": the filter input mirrors
    // the type's fields). The names KenpoGraph used before issue 18 stay, deprecated, and filter the same way.
    [Fact]
    public async Task Filter_fields_are_named_like_output_fields_and_the_old_names_are_deprecated_aliases()
    {
        var data = await api.DataAsync("""
            {
              current: observations(first: 0, where: { measureCode: { eq: "membership.insured" }, orgUnitCode: { eq: "13" }, regionCode: { eq: "KANTO" } }) { totalCount }
              old: observations(first: 0, where: { measure: { eq: "membership.insured" }, orgUnit: { eq: "13" }, region: { eq: "KANTO" } }) { totalCount }
              __type(name: "ObservationFilterInput") { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } }
            }
            """);
        Assert.True(data.GetProperty("current").GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal(data.GetProperty("current").GetProperty("totalCount").GetInt32(), data.GetProperty("old").GetProperty("totalCount").GetInt32());
        var fields = data.GetProperty("__type").GetProperty("inputFields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Equal("Use `measureCode`, named like the output field.", fields["measure"].GetProperty("deprecationReason").GetString());
        Assert.True(fields["orgUnit"].GetProperty("isDeprecated").GetBoolean());
        Assert.False(fields["measureCode"].GetProperty("isDeprecated").GetBoolean());
    }

    // QueryableFilterVisitorComparableTests (Decimal cases, BarDecimal) with DecimalOperationFilterInput's operations:
    // exact comparisons, including the negated ones (ngt, nlt).
    [Fact]
    public async Task Value_filters_exactly_with_the_decimal_operations()
    {
        var data = await api.DataAsync("""
            {
              all: observations(first: 1000, where: { measureCode: { eq: "membership.insured" }, fiscalYear: { eq: 2024 } }) { nodes { orgUnitCode value } }
              big: observations(first: 1000, where: { measureCode: { eq: "membership.insured" }, fiscalYear: { eq: 2024 }, value: { gte: 1000000 } }) { nodes { orgUnitCode value } }
              notBig: observations(first: 1000, where: { measureCode: { eq: "membership.insured" }, fiscalYear: { eq: 2024 }, value: { nlt: 1000000 } }) { nodes { orgUnitCode } }
            }
            """);
        var all = data.GetProperty("all").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.NotEmpty(all);
        var expected = all.Where(n => n.GetProperty("value").GetDecimal() >= 1000000m).Select(n => n.GetProperty("orgUnitCode").GetString()).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.GetProperty("big").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("orgUnitCode").GetString()));
        Assert.Equal(expected, data.GetProperty("notBig").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("orgUnitCode").GetString()));

        var one = all[^1];
        var exact = await api.DataAsync("""
            query($value: Decimal) { observations(where: { measureCode: { eq: "membership.insured" }, fiscalYear: { eq: 2024 }, value: { eq: $value } }) { nodes { orgUnitCode } } }
            """, new { value = one.GetProperty("value").GetDecimal() });
        Assert.Contains(one.GetProperty("orgUnitCode").GetString(), exact.GetProperty("observations").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("orgUnitCode").GetString()));
    }

    // A date filter where there are dates: fiscal years start on 1 April (HotChocolate's comparable operations on a date).
    [Fact]
    public async Task Dates_filter_with_the_comparable_operations()
    {
        var data = await api.DataAsync("""
            { fiscalYears(where: { startsOn: { gte: "2022-04-01", lt: "2024-04-01" } }) { year startsOn } }
            """);
        Assert.Equal([2022, 2023], data.GetProperty("fiscalYears").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()));
    }

    // QueryableFilterVisitorObjectTests.Create_ObjectShortEqual_Expression: a nested object filter
    // (where: { foo: { barShort: { eq: 12 } } }) holds where the object exists and matches.
    [Fact]
    public async Task Nested_object_filters_filter_on_the_related_object()
    {
        var data = await api.DataAsync("""
            {
              kanto: branches(where: { region: { code: { eq: "KANTO" } } }) { code region { code } }
              all: branches { code region { code } }
              orgUnits: branches(where: { region: { nameEn: { startsWith: "K" } }, code: { nin: ["13"] } }) { code region { nameEn } }
            }
            """);
        var expected = data.GetProperty("all").EnumerateArray().Where(b => b.GetProperty("region").GetProperty("code").GetString() == "KANTO")
            .Select(b => b.GetProperty("code").GetString()).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.GetProperty("kanto").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
        var orgUnits = data.GetProperty("orgUnits").EnumerateArray().ToArray();
        Assert.NotEmpty(orgUnits);
        Assert.All(orgUnits, b => Assert.StartsWith("K", b.GetProperty("region").GetProperty("nameEn").GetString()));
        Assert.DoesNotContain("13", orgUnits.Select(b => b.GetProperty("code").GetString()));
    }

    // QueryableFilterVisitorListTests (Create_ArraySomeObjectStringEqual_Expression, …ArrayNone…, …ArrayAll…,
    // …ArrayAny…): some / none / all of the related rows match, any: there are related rows.
    [Fact]
    public async Task List_filters_some_none_all_and_any_match_the_related_rows()
    {
        const string query = """
            query($where: PlanFilterInput) { plans(first: 1000, where: $where) { totalCount nodes { code kpiTargets { fiscalYear } } } }
            """;
        var plans = (await api.DataAsync(query)).GetProperty("plans").GetProperty("nodes").EnumerateArray()
            .Select(p => (Code: p.GetProperty("code").GetString(), Years: p.GetProperty("kpiTargets").EnumerateArray().Select(t => t.GetProperty("fiscalYear").GetInt32()).ToArray()))
            .ToArray();
        Assert.Contains(plans, p => p.Years.Length == 0);
        Assert.Contains(plans, p => p.Years.Contains(2025));

        async Task<string?[]> Codes(object where) =>
            [.. (await api.DataAsync(query, new { where })).GetProperty("plans").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("code").GetString())];
        var in2025 = new { fiscalYear = new { eq = 2025 } };
        Assert.Equal(plans.Where(p => p.Years.Contains(2025)).Select(p => p.Code), await Codes(new { kpiTargets = new { some = in2025 } }));
        Assert.Equal(plans.Where(p => !p.Years.Contains(2025)).Select(p => p.Code), await Codes(new { kpiTargets = new { none = in2025 } }));
        Assert.Equal(plans.Where(p => p.Years.All(y => y == 2025)).Select(p => p.Code), await Codes(new { kpiTargets = new { all = in2025 } }));
        Assert.Equal(plans.Where(p => p.Years.Length > 0).Select(p => p.Code), await Codes(new { kpiTargets = new { any = true } }));
        Assert.Equal(plans.Where(p => p.Years.Length == 0).Select(p => p.Code), await Codes(new { kpiTargets = new { any = false } }));
    }

    // A null list operation is refused as a null comparison is (HC0026 with the expected type).
    [Fact]
    public async Task A_null_list_operation_is_refused()
    {
        var error = await ErrorOf("""{ plans(where: { kpiTargets: { any: null } }) { totalCount } }""");
        AssertNullRefused(error, "any", "ListFilterInputTypeOfKpiTargetFilterInput", "Boolean!");
        error = await ErrorOf("""{ plans(where: { kpiTargets: { some: null } }) { totalCount } }""");
        AssertNullRefused(error, "some", "ListFilterInputTypeOfKpiTargetFilterInput", "KpiTargetFilterInput!");
    }

    private async Task<JsonElement> ErrorOf(string query)
    {
        var result = await api.QueryAsync(query);
        return Assert.Single(result.GetProperty("errors").EnumerateArray());
    }

    private static void AssertNullRefused(JsonElement error, string operation, string filterType, string expectedType)
    {
        Assert.Equal($"The provided value for filter `{operation}` of type {filterType} is invalid. Null values are not supported.", error.GetProperty("message").GetString());
        var extensions = error.GetProperty("extensions");
        Assert.Equal("FILTER_NULL_NOT_SUPPORTED", extensions.GetProperty("code").GetString());
        Assert.Equal("HC0026", extensions.GetProperty("hotChocolateCode").GetString());
        Assert.Equal(expectedType, extensions.GetProperty("expectedType").GetString());
        Assert.Equal(filterType, extensions.GetProperty("filterType").GetString());
    }
}
