using System.Text.Json;
using KenpoGraph.Api.Disclosure;
using KenpoGraph.Domain.Incentives;
using KenpoGraph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>
/// The differencing proof (issue 15): for every measure and year, every aggregate a branch-limited token can obtain
/// through the endpoint — REGION and NATIONAL roll-ups of every grouping, every region's and the headquarters' series
/// (value, previous value, change), the incentive pool of every results year, recorded and simulated — is collected by
/// querying, and exact rational elimination (Testing/ExactRank) shows that no hidden branch's unit vector lies in the row
/// space of the released aggregates' contributor vectors plus the visible branches, beyond what the public national
/// figures alone give. The contributor vectors come from an unrestricted caller (which branches have a figure, which
/// region holds them): a structure, not values.
/// </summary>
[Collection(SecuredApiCollection.Name)]
public sealed class DisclosureDifferencingTests(SecuredApi api)
{
    [SkippableTheory]
    [InlineData("01")]
    [InlineData("19 20")]
    public async Task No_hidden_branch_follows_from_every_aggregate_a_restricted_token_can_obtain(string branches)
    {
        var proof = await DifferencingProof.RunAsync(api, branches);
        Assert.True(proof.ReleasedCells > 100, $"only {proof.ReleasedCells} released cells collected: the proof would be vacuous");
        Assert.Empty(proof.Determined);
    }
}

/// <summary>The same proof with disclosure control switched off (a test-only service, not configuration): it must find the leak.</summary>
public sealed class DisclosureDifferencingWithoutControlTests(DisclosureDifferencingWithoutControlTests.UncontrolledApi api)
    : IClassFixture<DisclosureDifferencingWithoutControlTests.UncontrolledApi>
{
    public sealed class UncontrolledApi() : SecuredApi(null, services => services.AddSingleton(new DisclosureSwitch { Enabled = false }));

    [SkippableFact]
    public async Task Without_disclosure_control_the_proof_finds_Hokkaido_in_the_regions()
    {
        var proof = await DifferencingProof.RunAsync(api, "19 20");
        // Hokkaido's region is 01 alone: determined for every measure and year that has its figure.
        Assert.Contains(proof.Determined, d => d.Branch == "01" && d.Measure == "membership.insured" && d.Year == 2023);
    }
}

internal sealed record Determination(string Measure, int Year, string Branch);

internal sealed record DifferencingProof(int ReleasedCells, IReadOnlyList<Determination> Determined)
{
    private const string National = "NATIONAL";

    public static async Task<DifferencingProof> RunAsync(SecuredApi api, string branches)
    {
        var everything = api.Token();
        var restricted = api.Token(branches: branches);
        var visible = branches.Split(' ').ToHashSet(StringComparer.Ordinal);

        // The structure, from an unrestricted caller: measures, the contributors of each measure and year, the regions of every grouping.
        var measures = (await Answer(api, "{ measures { code } }", everything)).GetProperty("measures").EnumerateArray()
            .Select(m => m.GetProperty("code").GetString()!).ToArray();
        var contributors = new Dictionary<(string Measure, int Year), HashSet<string>>();
        var printedNation = new HashSet<(string, int)>();
        var groupings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in measures.Chunk(4))
        {
            foreach (var row in (await Rows(api, chunk, "BRANCH", "unitCode fiscalYear measure { code } contributors", everything)).Where(r => r.GetProperty("contributors").GetInt32() > 0))
            {
                var key = (row.GetProperty("measure").GetProperty("code").GetString()!, row.GetProperty("fiscalYear").GetInt32());
                (contributors.TryGetValue(key, out var set) ? set : contributors[key] = new HashSet<string>(StringComparer.Ordinal)).Add(row.GetProperty("unitCode").GetString()!);
            }
            printedNation.UnionWith((await Rows(api, chunk, "NATIONAL", "fiscalYear measure { code } publishedValue", everything))
                .Where(r => r.GetProperty("publishedValue").ValueKind == JsonValueKind.Number)
                .Select(r => (r.GetProperty("measure").GetProperty("code").GetString()!, r.GetProperty("fiscalYear").GetInt32())));
            groupings.UnionWith((await Rows(api, chunk, "REGION", "grouping", everything)).Select(r => r.GetProperty("grouping").GetString()!));
        }
        var members = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var grouping in groupings)
        {
            foreach (var region in (await Answer(api, $$"""{ regions(grouping: "{{grouping}}") { code branches { code } } }""", everything)).GetProperty("regions").EnumerateArray())
            {
                members[Cell(grouping, region.GetProperty("code").GetString()!)] =
                    region.GetProperty("branches").EnumerateArray().Select(b => b.GetProperty("code").GetString()!).ToArray();
            }
        }

        // Everything the restricted token obtains: (measure, year, cell) of every aggregate figure it was given.
        var released = new HashSet<(string Measure, int Year, string Cell)>();
        const string Figures = "fiscalYear measure { code } value numerator denominator difference";
        foreach (var chunk in measures.Chunk(4))
        {
            released.UnionWith((await Rows(api, chunk, "REGION", $"unitCode grouping {Figures}", restricted)).Where(Given)
                .Select(r => (r.GetProperty("measure").GetProperty("code").GetString()!, r.GetProperty("fiscalYear").GetInt32(),
                    Cell(r.GetProperty("grouping").GetString()!, r.GetProperty("unitCode").GetString()!))));
            released.UnionWith((await Rows(api, chunk, "NATIONAL", Figures, restricted)).Where(Given)
                .Select(r => (r.GetProperty("measure").GetProperty("code").GetString()!, r.GetProperty("fiscalYear").GetInt32(), National)));
            // The row filter's part: BRANCH rows are the token's own branches only.
            Assert.All(await Rows(api, chunk, "BRANCH", "unitCode", restricted), r => Assert.Contains(r.GetProperty("unitCode").GetString()!, visible));
        }
        foreach (var measure in measures)
        {
            foreach (var grouping in groupings)
            {
                var data = await Answer(api, $$"""
                    { regions(grouping: "{{grouping}}") { code series(measure: "{{measure}}") { fiscalYear value previousValue change changeRate } }
                      headquarters { series(measure: "{{measure}}") { fiscalYear value previousValue change changeRate } } }
                    """, restricted);
                foreach (var region in data.GetProperty("regions").EnumerateArray())
                {
                    released.UnionWith(SeriesCells(measure, Cell(grouping, region.GetProperty("code").GetString()!), region.GetProperty("series")));
                }
                released.UnionWith(SeriesCells(measure, National, data.GetProperty("headquarters").GetProperty("series")));
            }
        }
        // The incentive pool is the funding rate times the national premium base.
        var premiumBase = IncentiveSchemeParameters.FixedRules[IncentiveSchemeParameters.PremiumBase];
        foreach (var year in contributors.Keys.Select(k => k.Year).Distinct())
        {
            var reply = await api.SendAsync($$"""
                { incentiveRanking(resultsYear: {{year}}) { pool totalRewards }
                  incentiveSimulation(resultsYear: {{year}}) { ranking { pool totalRewards } baseline { pool } } }
                """, restricted);
            // A year without a scheme or without every branch's figures is refused; a withheld pool is a field error that nulls its ranking.
            var data = reply.Json.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
            JsonElement? Pool(params string[] path) => data.ValueKind != JsonValueKind.Object ? null
                : path.Aggregate((JsonElement?)data, (at, name) => at is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var next) ? next : null);
            if (new[] { Pool("incentiveRanking", "pool"), Pool("incentiveRanking", "totalRewards"), Pool("incentiveSimulation", "ranking", "pool"),
                    Pool("incentiveSimulation", "baseline", "pool") }.Any(p => p is { ValueKind: JsonValueKind.Number }))
            {
                released.Add((premiumBase, year, National));
            }
        }

        // The proof: per measure and year, the released cells' contributor vectors plus the visible branches determine no
        // hidden branch that the public national figure (printed by the headquarters) and the visible branches do not.
        var determined = new List<Determination>();
        var proven = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var ((measure, year), contributing) in contributors)
        {
            IReadOnlyCollection<string> VectorOf(string cell) => cell == National ? contributing : members[cell].Where(contributing.Contains).ToArray();
            var hidden = contributing.Where(b => !visible.Contains(b)).ToArray();
            var seen = contributing.Where(visible.Contains).ToArray();
            var publicRows = printedNation.Contains((measure, year)) ? new[] { VectorOf(National) } : [];
            var knownRows = released.Where(r => r.Measure == measure && r.Year == year).Select(r => VectorOf(r.Cell)).Concat(publicRows).ToArray();
            var found = ExactRank.DeterminedBeyondPublic(knownRows, publicRows, seen, hidden, proven);
            determined.AddRange(found.Select(b => new Determination(measure, year, b)));
        }
        return new DifferencingProof(released.Count, determined);
    }

    private static string Cell(string grouping, string region) => $"REGION/{grouping}/{region}";

    /// <summary>A row whose figures were given (any of them: each is a function of the cell's contributors alone).</summary>
    private static bool Given(JsonElement row) =>
        new[] { "value", "numerator", "denominator", "difference" }.Any(f => row.GetProperty(f).ValueKind == JsonValueKind.Number);

    /// <summary>The cells a series gives: its year's value, the previous year's, and both when a change is given.</summary>
    private static IEnumerable<(string, int, string)> SeriesCells(string measure, string cell, JsonElement series)
    {
        foreach (var point in series.EnumerateArray())
        {
            var year = point.GetProperty("fiscalYear").GetInt32();
            var change = point.GetProperty("change").ValueKind == JsonValueKind.Number || point.GetProperty("changeRate").ValueKind == JsonValueKind.Number;
            if (change || point.GetProperty("value").ValueKind == JsonValueKind.Number)
            {
                yield return (measure, year, cell);
            }
            if (change || point.GetProperty("previousValue").ValueKind == JsonValueKind.Number)
            {
                yield return (measure, year - 1, cell);
            }
        }
    }

    private static async Task<JsonElement[]> Rows(SecuredApi api, string[] measures, string level, string fields, string token) =>
        (await Answer(api, $$"""{ rollup(measures: [{{string.Join(',', measures.Select(m => $"\"{m}\""))}}], level: {{level}}) { {{fields}} } }""", token))
            .GetProperty("rollup").EnumerateArray().ToArray();

    private static async Task<JsonElement> Answer(SecuredApi api, string query, string token) => (await api.SendAsync(query, token)).AssertAnswered();
}
