using System.Text.Json;
using KenpoGraph.Api.Tests.Security;

namespace KenpoGraph.Api.Tests.Aggregation;

/// <summary>
/// Property test (seeded, deterministic, 200 cases): random measures (SUM, RATIO and WEIGHTED_MEAN), random `where`
/// filters (years, branches, regions, quality), random groupings (any combination of dimensions, random custom groups),
/// each group's value, numerator, denominator, count and contributors checked against the tests' own sums of the
/// branch-level rows rollup(level: BRANCH) gives, and the set of groups against the tests' own grouping.
/// </summary>
[Collection(SecuredApiCollection.Name)]
public sealed class AggregatePropertyTests(SecuredApi api)
{
    private static readonly string[] Dimensions = ["FISCAL_YEAR", "ORG_UNIT", "ORG_UNIT_KIND", "REGION", "SUBJECT", "QUALITY", "GROUP"];

    [SkippableFact]
    public async Task Random_groupings_agree_with_an_independent_sum_of_their_parts()
    {
        // A client of its own: 220 requests stay within the rate limit's window without using up the shared fixture's.
        var token = api.Token(client: "aggregate-property");
        var parts = await AggregateParts.ReadAsync(api, token);
        var measures = parts.Rows.Select(r => r.Measure).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Contains(measures, m => parts.Measures[m].Aggregation == "RATIO");
        Assert.Contains(measures, m => parts.Measures[m].Aggregation == "WEIGHTED_MEAN");
        var years = parts.Rows.Select(r => r.Year).Distinct().Order().ToArray();
        var branches = parts.RegionOf.Keys.Order(StringComparer.Ordinal).ToArray();
        var regions = parts.RegionOf.Values.Distinct().Order(StringComparer.Ordinal).ToArray();
        var random = new Random(20261202);
        var groupsChecked = 0;

        for (var i = 0; i < 200; i++)
        {
            var chosen = Pick(random, measures, random.Next(1, 4));
            var dimensions = Dimensions.Where(d => random.NextDouble() < (d == "ORG_UNIT" ? 0.15 : 0.35)).ToArray();
            var conditions = new List<string>();
            Func<BranchRow, bool> keep = _ => true;
            if (random.NextDouble() < 0.6)
            {
                var picked = Pick(random, years, random.Next(1, 4));
                conditions.Add($"fiscalYear: {{ in: [{string.Join(", ", picked)}] }}");
                var previous = keep;
                keep = r => previous(r) && picked.Contains(r.Year);
            }
            if (random.NextDouble() < 0.25)
            {
                var picked = Pick(random, branches, random.Next(2, 20));
                conditions.Add($"orgUnitCode: {{ in: [{string.Join(", ", picked.Select(b => $"\"{b}\""))}] }}");
                var previous = keep;
                keep = r => previous(r) && picked.Contains(r.Unit);
            }
            if (random.NextDouble() < 0.2)
            {
                var region = regions[random.Next(regions.Length)];
                conditions.Add($"regionCode: {{ neq: \"{region}\" }}");
                var previous = keep;
                keep = r => previous(r) && parts.RegionOf[r.Unit] != region;
            }
            if (random.NextDouble() < 0.15)
            {
                var quality = random.NextDouble() < 0.5 ? "DEMO" : "PUBLISHED";
                conditions.Add($"quality: {{ eq: {quality} }}");
                var previous = keep;
                keep = r => previous(r) && r.Quality == quality;
            }
            // Random custom groups: a random subset of the branches cut into two to four groups.
            Dictionary<string, string>? groupOf = null;
            var groupsArgument = "";
            if (dimensions.Contains("GROUP"))
            {
                var members = Pick(random, branches, random.Next(4, 48));
                var count = random.Next(2, 5);
                groupOf = members.Select((b, n) => (b, n)).ToDictionary(x => x.b, x => $"G{x.n % count}", StringComparer.Ordinal);
                var groups = groupOf.GroupBy(g => g.Value)
                    .Select(g => $"{{ code: \"{g.Key}\", orgUnits: [{string.Join(", ", g.Select(x => $"\"{x.Key}\""))}] }}");
                groupsArgument = $", groups: [{string.Join(", ", groups)}]";
            }
            var where = conditions.Count == 0 ? "" : $", where: {{ {string.Join(", ", conditions)} }}";
            var query = $$"""
                { aggregate(measures: [{{string.Join(", ", chosen.Select(m => $"\"{m}\""))}}], groupBy: [{{string.Join(", ", dimensions)}}]{{groupsArgument}}{{where}}, first: 1000) {
                    totalCount nodes { measureCode fiscalYear orgUnitCode orgUnitKind regionCode subject qualityKey groupCode value numerator denominator count contributors withheld } } }
                """;

            string KeyOf(BranchRow r) => string.Join('|', r.Measure,
                dimensions.Contains("FISCAL_YEAR") ? r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "",
                dimensions.Contains("ORG_UNIT") ? r.Unit : "", dimensions.Contains("ORG_UNIT_KIND") ? "BRANCH" : "",
                dimensions.Contains("REGION") ? parts.RegionOf[r.Unit] : "", dimensions.Contains("SUBJECT") ? parts.Measures[r.Measure].Subject : "",
                dimensions.Contains("QUALITY") ? r.Quality : "", groupOf is null ? "" : groupOf[r.Unit]);
            var expected = parts.Rows.Where(r => chosen.Contains(r.Measure) && keep(r) && (groupOf is null || groupOf.ContainsKey(r.Unit)))
                .GroupBy(KeyOf).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

            var answer = (await api.SendAsync(query, token)).AssertAnswered().GetProperty("aggregate");
            var nodes = answer.GetProperty("nodes").EnumerateArray().ToArray();
            Assert.True(expected.Count == answer.GetProperty("totalCount").GetInt32(), $"case {i}: {query}\nexpected {expected.Count} groups, got {answer.GetProperty("totalCount")}");
            foreach (var node in nodes)
            {
                string Text(string field) => node.GetProperty(field).ValueKind == JsonValueKind.Null ? "" : node.GetProperty(field).ToString();
                var key = string.Join('|', Text("measureCode"), Text("fiscalYear"), Text("orgUnitCode"), Text("orgUnitKind"), Text("regionCode"), Text("subject"),
                    Text("qualityKey"), Text("groupCode"));
                Assert.True(expected.TryGetValue(key, out var rows), $"case {i}: {query}\nunexpected group {key}");
                var (value, numerator, denominator, contributors) = parts.Expected(node.GetProperty("measureCode").GetString()!, rows!);
                var because = $"case {i}, group {key}: {query}";
                Assert.False(node.GetProperty("withheld").GetBoolean(), because);
                Assert.True(value == AggregateParts.Number(node, "value"), $"{because}\nvalue {AggregateParts.Number(node, "value")}, expected {value}");
                Assert.True(numerator == AggregateParts.Number(node, "numerator"), $"{because}\nnumerator {AggregateParts.Number(node, "numerator")}, expected {numerator}");
                Assert.True(denominator == AggregateParts.Number(node, "denominator"), $"{because}\ndenominator {AggregateParts.Number(node, "denominator")}, expected {denominator}");
                Assert.True(rows!.Length == node.GetProperty("count").GetInt32(), because);
                Assert.True(contributors == node.GetProperty("contributors").GetInt32(), because);
                groupsChecked++;
            }
        }
        // Not vacuous: thousands of groups of every size were compared.
        Assert.True(groupsChecked > 2000, $"only {groupsChecked} groups checked");
    }

    private static T[] Pick<T>(Random random, IReadOnlyList<T> from, int count) =>
        from.OrderBy(_ => random.Next()).Take(Math.Min(count, from.Count)).ToArray();
}
