using System.Globalization;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using KenpoGraph.Api.Paging;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KenpoGraph.Api.Tests.Limits;

/// <summary>
/// The cost estimate is an upper bound: for random valid documents generated from the schema (every field reachable
/// with the arguments a client would pass), the values the server actually resolves, every field of every object in
/// the answer, never exceed the estimate the limit compares with Limits:MaxCost.
/// </summary>
public sealed class CostEstimatePropertyTests(KenpoGraphApi api, ITestOutputHelper output) : IClassFixture<KenpoGraphApi>
{
    private const int Seed = 20_261_202;

    private static readonly ISchema Schema = BuildSchema();

    /// <summary>Values for arguments, by name: what makes a field answer with data on the shipped seed.</summary>
    private static readonly Dictionary<string, string[]> Values = new(StringComparer.Ordinal)
    {
        ["code"] = ["\"19\"", "\"20\"", "\"K-CHECKUP-INSURED\""],
        ["id"] = ["\"T3JnVW5pdDoxOQ==\"", "\"seed-000/nagano-business-plan-2025\"", "\"UmVnaW9uOktBTlRP\""],
        ["ids"] = ["[\"T3JnVW5pdDoxOQ==\", \"RmlzY2FsWWVhcjoyMDI0\"]", "[\"T3JnVW5pdDoyMA==\"]"],
        ["kpi"] = ["\"K-CHECKUP-INSURED\"", "\"K-SF-CARD-RETURN-1M\""],
        ["fiscalYear"] = ["2024", "2025", "2023"],
        ["fiscalYears"] = ["[2024]", "[2024, 2025]", "[2023, 2024, 2025]"],
        ["resultsYear"] = ["2023", "2022"],
        ["year"] = ["2024"],
        ["measure"] = ["\"membership.insured\"", "\"premium.rate\""],
        ["measures"] = ["[\"membership.insured\"]", "[\"membership.insured\", \"checkup.lifestyle.rate\"]"],
        ["subjects"] = ["[\"MEMBERSHIP\"]", "[\"CHECKUP\", \"GUIDANCE\"]"],
        ["orgUnit"] = ["\"00\"", "\"20\"", "\"24\""],
        ["orgUnits"] = ["[\"00\"]", "[\"00\", \"20\"]", "[\"19\", \"20\", \"24\"]"],
        ["level"] = ["NATIONAL", "REGION", "BRANCH"],
        ["account"] = ["HEALTH_ACCOUNT", "BRANCH_PROGRAMME"],
        ["fromYear"] = ["2020", "2023"],
        ["toYear"] = ["2024", "2025"],
        ["first"] = ["1", "3", "10", "50"],
        ["last"] = ["2", "5"],
    };

    [Fact]
    public async Task The_values_an_answer_holds_never_exceed_its_estimated_cost()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("KENPOGRAPH_COST_CASES"), CultureInfo.InvariantCulture, out var n) ? n : 250;
        var random = new Random(Seed);
        var answered = 0;
        var refused = 0;
        var worst = (Ratio: 0.0, Values: 0L, Estimate: 0L, Query: "");
        var totalValues = 0L;
        var totalEstimate = 0L;
        var violations = new List<string>();
        for (var i = 0; i < cases; i++)
        {
            var query = "{ " + Selections(random, Schema.Query, depth: 0) + " }";
            var document = Parser.Parse(query);
            var estimate = OperationCost.Measure(document, document.Definitions.OfType<GraphQLOperationDefinition>().Single(), null,
                new OperationCost.Paging(Schema, CursorPaging.DefaultPageSize)).Cost;
            using var response = await api.PostAsync(query, accept: "application/json");
            var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            if (!result.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            {
                var code = result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
                Assert.True(code is "MAX_COST_EXCEEDED" or "MAX_DEPTH_EXCEEDED" or "MAX_FIELDS_EXCEEDED" or "INVALID_ARGUMENT" or "UNKNOWN_FISCAL_YEAR",
                    $"case {i}: {code}: {query}\n{result}");
                refused++;
                continue;
            }
            var values = Count(data);
            answered++;
            totalValues += values;
            totalEstimate += estimate;
            if (values > estimate)
            {
                violations.Add($"case {i}: {values:N0} values > estimate {estimate:N0}: {query}");
            }
            var ratio = (double)values / estimate;
            // The tightest among answers with lists in them (a single object's fields are estimated exactly).
            if (ratio > worst.Ratio && values >= 50)
            {
                worst = (ratio, values, estimate, query);
            }
        }

        output.WriteLine($"{cases} random documents (seed {Seed}): {answered} answered, {refused} refused before running; " +
            $"values resolved {totalValues:N0} against estimates {totalEstimate:N0} in all; tightest of 50 values or more: {worst.Values:N0} of {worst.Estimate:N0} ({worst.Ratio:P0}): {worst.Query}");
        Assert.True(violations.Count == 0, string.Join("\n", violations.Take(10)));
        Assert.True(answered >= cases / 2, $"only {answered} of {cases} documents answered: the generator tests too little");
    }

    /// <summary>One to three fields of <paramref name="type"/>, composite ones with their own selections, to depth 4.</summary>
    private static string Selections(Random random, IComplexGraphType type, int depth)
    {
        var candidates = type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal) && Arguments(random, f) is not null).ToArray();
        var scalars = candidates.Where(f => IsLeaf(f.ResolvedType!)).ToArray();
        var composites = candidates.Where(f => !IsLeaf(f.ResolvedType!)).ToArray();
        var picked = new List<string>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var pool = depth >= 4 || composites.Length == 0 || (scalars.Length > 0 && random.Next(2) == 0) ? scalars : composites;
            if (pool.Length == 0)
            {
                pool = composites.Length > 0 ? composites : scalars;
            }
            var field = pool[random.Next(pool.Length)];
            if (picked.Any(p => p.StartsWith(field.Name + "(", StringComparison.Ordinal) || p.StartsWith(field.Name + " ", StringComparison.Ordinal) || p == field.Name))
            {
                continue;
            }
            var alias = "";
            var arguments = Arguments(random, field)!;
            if (IsLeaf(field.ResolvedType!))
            {
                picked.Add(alias + field.Name + arguments);
                continue;
            }
            var named = field.ResolvedType!.GetNamedType();
            var inner = named is IObjectGraphType or IInterfaceGraphType ? Selections(random, (IComplexGraphType)named, depth + 1) : "__typename";
            picked.Add($"{alias}{field.Name}{arguments} {{ {inner} }}");
        }
        return string.Join(" ", picked);
    }

    /// <summary>The field's arguments as text: every required one, optional ones now and then; null when a required one has no known value.</summary>
    private static string? Arguments(Random random, FieldType field)
    {
        var parts = new List<string>();
        foreach (var argument in field.Arguments ?? [])
        {
            var required = argument.ResolvedType is NonNullGraphType;
            if (!Values.TryGetValue(argument.Name, out var choices))
            {
                if (required)
                {
                    return null;
                }
                continue;
            }
            if (required || random.Next(3) == 0)
            {
                parts.Add($"{argument.Name}: {choices[random.Next(choices.Length)]}");
            }
        }
        // Every fromYear value (2020, 2023) is before every toYear value (2024, 2025): no range is refused for its order.
        return parts.Count == 0 ? "" : $"({string.Join(", ", parts)})";
    }

    private static bool IsLeaf(IGraphType type) => type.GetNamedType() is ScalarGraphType or EnumerationGraphType;

    /// <summary>Every field entry of every object in the answer: what the estimate counts.</summary>
    private static long Count(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Sum(p => 1 + Count(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Sum(Count),
        _ => 0,
    };

    private static ISchema BuildSchema()
    {
        var services = new ServiceCollection();
        services.AddGraphQLSchema();
        var schema = services.BuildServiceProvider().GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }
}
