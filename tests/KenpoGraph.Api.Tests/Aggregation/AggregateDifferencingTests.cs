using System.Text.Json;
using KenpoGraph.Api.Tests.Security;
using KenpoGraph.Testing;

namespace KenpoGraph.Api.Tests.Aggregation;

/// <summary>
/// The differencing proof for `aggregate`: a branch-limited token asks many aggregates - seeded random custom groups
/// (regions plus or minus a branch among them), filters leaving out random branches, every region, the nation, each with
/// its previous year - and also takes every REGION and NATIONAL roll-up it is given. Per measure and year, exact rational
/// elimination (Testing/ExactRank) over everything it was given, across all those calls together, must determine no
/// hidden branch beyond what the public national figure alone gives. The contributor structure comes from an
/// unrestricted caller.
/// </summary>
[Collection(SecuredApiCollection.Name)]
public sealed class AggregateDifferencingTests(SecuredApi api)
{
    [SkippableTheory]
    [InlineData("01")]
    [InlineData("19 20")]
    public async Task No_hidden_branch_follows_from_every_aggregate_a_restricted_token_can_combine(string branches)
    {
        var proof = await AggregateDifferencingProof.RunAsync(api, branches);
        Assert.True(proof.Released > 500, $"only {proof.Released} released groups: the proof would be vacuous");
        Assert.True(proof.Withheld > 50, $"only {proof.Withheld} withheld groups: the attacks did not try");
        Assert.Empty(proof.Determined);
    }
}

/// <summary>The same attacks with disclosure control switched off (a test-only service): the proof must find the leak.</summary>
public sealed class AggregateDifferencingWithoutControlTests(Security.DisclosureDifferencingWithoutControlTests.UncontrolledApi api)
    : IClassFixture<Security.DisclosureDifferencingWithoutControlTests.UncontrolledApi>
{
    [SkippableFact]
    public async Task Without_disclosure_control_the_custom_groups_give_hidden_branches_away()
    {
        var proof = await AggregateDifferencingProof.RunAsync(api, "19 20");
        Assert.Contains(proof.Determined, d => d.Branch == "01" && d.Measure == "membership.insured" && d.Year == 2023);
        Assert.True(proof.Determined.Select(d => d.Branch).Distinct().Count() > 5, string.Join(", ", proof.Determined.Select(d => d.Branch).Distinct()));
    }
}

internal sealed record AggregateDifferencingProof(int Released, int Withheld, IReadOnlyList<Determination> Determined)
{
    private static readonly string[] Measures = ["membership.insured", "checkup.lifestyle.rate", "membership.average_standard_monthly_remuneration"];

    public static async Task<AggregateDifferencingProof> RunAsync(SecuredApi api, string branches)
    {
        // Tokens of their own client: the shared fixture's rate limit (Limits:RateLimit, per client) stays for the other suites.
        var client = $"aggregate-differencing-{branches.Replace(' ', '-')}";
        var everything = api.Token(client: client);
        var restricted = api.Token(branches: branches, client: client);
        var visible = branches.Split(' ').ToHashSet(StringComparer.Ordinal);
        var parts = await AggregateParts.ReadAsync(api, everything);
        var rows = parts.Rows.Where(r => Measures.Contains(r.Measure)).ToArray();
        var has = rows.Select(r => (r.Measure, r.Year, r.Unit)).ToHashSet();
        var contributing = rows.Where(r => r.Contributors > 0).GroupBy(r => (r.Measure, r.Year))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Unit).ToHashSet(StringComparer.Ordinal));
        var allBranches = parts.RegionOf.Keys.Order(StringComparer.Ordinal).ToArray();
        var regions = parts.RegionOf.GroupBy(x => x.Value, x => x.Key).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var printedNation = (await api.SendAsync($$"""{ rollup(measures: [{{Quoted(Measures)}}], level: NATIONAL) { fiscalYear measure { code } publishedValue } }""", everything))
            .AssertAnswered().GetProperty("rollup").EnumerateArray().Where(r => r.GetProperty("publishedValue").ValueKind == JsonValueKind.Number)
            .Select(r => (r.GetProperty("measure").GetProperty("code").GetString()!, r.GetProperty("fiscalYear").GetInt32())).ToHashSet();

        // The attacks: each a set of disjoint groups of branches (one call each, grouped by year, with the previous year).
        var random = new Random(15_18);
        var attacks = new List<string[][]> { regions.Values.ToArray(), new[] { allBranches } };
        foreach (var region in regions.Values)
        {
            var outside = allBranches.Except(region).ToArray();
            attacks.Add(new[] { region.Append(outside[random.Next(outside.Length)]).ToArray() });
            if (region.Length > 1)
            {
                var left = random.Next(region.Length);
                attacks.Add(new[] { region.Where((_, i) => i != left).ToArray() });
            }
        }
        for (var i = 0; i < 30; i++)
        {
            var shuffled = allBranches.OrderBy(_ => random.Next()).Take(random.Next(2, 48)).ToArray();
            var count = random.Next(1, 4);
            attacks.Add(shuffled.Select((b, n) => (b, n)).GroupBy(x => x.n % count, x => x.b).Select(g => g.ToArray()).ToArray());
            var dropped = allBranches[random.Next(allBranches.Length)];
            attacks.Add(new[] { allBranches.Where(b => b != dropped).ToArray() });
        }

        // What the restricted token is given: (measure, year, contributors) of every group with any figure.
        var known = new List<(string Measure, int Year, IReadOnlyCollection<string> Contributors)>();
        var withheld = 0;
        foreach (var attack in attacks)
        {
            var groups = string.Join(", ", attack.Select((members, n) => $$"""{ code: "G{{n}}", orgUnits: [{{Quoted(members)}}] }"""));
            var nodes = (await api.SendAsync($$"""
                { aggregate(measures: [{{Quoted(Measures)}}], groupBy: [FISCAL_YEAR, GROUP], groups: [{{groups}}], yearOverYear: true, first: 1000) {
                    totalCount nodes { measureCode fiscalYear groupCode value numerator denominator min max mean previousValue change changeRate withheld } } }
                """, restricted)).AssertAnswered().GetProperty("aggregate").GetProperty("nodes").EnumerateArray().ToArray();
            foreach (var node in nodes)
            {
                var measure = node.GetProperty("measureCode").GetString()!;
                var year = node.GetProperty("fiscalYear").GetInt32();
                var members = attack[int.Parse(node.GetProperty("groupCode").GetString()![1..], System.Globalization.CultureInfo.InvariantCulture)];
                withheld += node.GetProperty("withheld").GetBoolean() ? 1 : 0;
                if (new[] { "value", "numerator", "denominator", "change", "changeRate" }.Any(f => node.GetProperty(f).ValueKind == JsonValueKind.Number))
                {
                    known.Add((measure, year, members.Where(contributing[(measure, year)].Contains).ToArray()));
                }
                // Single branch figures: each is that branch alone (the tests cannot tell which, so any one counts as all).
                if (new[] { "min", "max", "mean" }.Any(f => node.GetProperty(f).ValueKind == JsonValueKind.Number))
                {
                    known.AddRange(members.Where(contributing[(measure, year)].Contains).Select(b => (measure, year, (IReadOnlyCollection<string>)[b])));
                }
                // The previous year's value of the same branches: those with a row this year, contributing the year before.
                if (new[] { "previousValue", "change", "changeRate" }.Any(f => node.GetProperty(f).ValueKind == JsonValueKind.Number)
                    && contributing.TryGetValue((measure, year - 1), out var before))
                {
                    known.Add((measure, year - 1, members.Where(b => has.Contains((measure, year, b)) && before.Contains(b)).ToArray()));
                }
            }
        }
        // And what rollup gives it of the same measures: every region and the nation it is not withheld.
        foreach (var row in (await api.SendAsync($$"""{ rollup(measures: [{{Quoted(Measures)}}], level: REGION) { unitCode fiscalYear measure { code } value numerator denominator } }""", restricted))
            .AssertAnswered().GetProperty("rollup").EnumerateArray()
                .Where(r => r.GetProperty("value").ValueKind == JsonValueKind.Number || r.GetProperty("numerator").ValueKind == JsonValueKind.Number))
        {
            var (measure, year) = (row.GetProperty("measure").GetProperty("code").GetString()!, row.GetProperty("fiscalYear").GetInt32());
            known.Add((measure, year, regions[row.GetProperty("unitCode").GetString()!].Where(contributing[(measure, year)].Contains).ToArray()));
        }

        var determined = new List<Determination>();
        var proven = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var ((measure, year), contributors) in contributing)
        {
            var hidden = contributors.Where(b => !visible.Contains(b)).ToArray();
            var seen = contributors.Where(visible.Contains).ToArray();
            var publicRows = printedNation.Contains((measure, year)) ? new IReadOnlyCollection<string>[] { contributors } : [];
            // Rows that differ only in visible branches tell the same about hidden ones: one of each is enough.
            var knownRows = known.Where(k => k.Measure == measure && k.Year == year).Select(k => k.Contributors).Concat(publicRows)
                .DistinctBy(r => string.Join(',', r.Where(b => !visible.Contains(b)).Order(StringComparer.Ordinal)))
                .Where(r => r.Any(b => !visible.Contains(b))).ToArray();
            var found = ExactRank.DeterminedBeyondPublic(knownRows, publicRows, seen, hidden, proven);
            determined.AddRange(found.Select(b => new Determination(measure, year, b)));
        }
        return new AggregateDifferencingProof(known.Count, withheld, determined);
    }

    private static string Quoted(IEnumerable<string> codes) => string.Join(", ", codes.Select(c => $"\"{c}\""));
}
