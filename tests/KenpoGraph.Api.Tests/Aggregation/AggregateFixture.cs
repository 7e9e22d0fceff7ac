using System.Text.Json;
using KenpoGraph.Api.Tests.Security;

namespace KenpoGraph.Api.Tests.Aggregation;

/// <summary>One branch-level roll-up row as rollup(level: BRANCH) gives it to an unrestricted caller.</summary>
internal sealed record BranchRow(string Unit, int Year, string Measure, decimal? Value, decimal? Numerator, decimal? Denominator, int Contributors, string Quality);

/// <summary>A measure's rule as `measures` gives it.</summary>
internal sealed record MeasureInfo(string Code, string Subject, string Aggregation, decimal Scale);

/// <summary>
/// The parts an aggregate adds up, read through other fields than `aggregate` (rollup(level: BRANCH), measures, regions),
/// so the tests' sums are independent of the code they check.
/// </summary>
internal sealed class AggregateParts
{
    public required IReadOnlyList<BranchRow> Rows { get; init; }
    public required IReadOnlyDictionary<string, MeasureInfo> Measures { get; init; }
    public required IReadOnlyDictionary<string, string> RegionOf { get; init; }

    public static async Task<AggregateParts> ReadAsync(SecuredApi api, string token)
    {
        var measures = (await api.SendAsync("{ measures { code subject aggregation scale } }", token)).AssertAnswered().GetProperty("measures").EnumerateArray()
            .Select(m => new MeasureInfo(m.GetProperty("code").GetString()!, m.GetProperty("subject").GetString()!, m.GetProperty("aggregation").GetString()!,
                m.GetProperty("scale").GetDecimal()))
            .ToDictionary(m => m.Code, StringComparer.Ordinal);
        var rows = new List<BranchRow>();
        foreach (var chunk in measures.Keys.Where(c => measures[c].Aggregation != "NONE").Chunk(3))
        {
            var data = (await api.SendAsync($$"""
                { rollup(measures: [{{string.Join(',', chunk.Select(c => $"\"{c}\""))}}], level: BRANCH) {
                    unitCode fiscalYear measure { code } value numerator denominator contributors quality } }
                """, token)).AssertAnswered();
            rows.AddRange(data.GetProperty("rollup").EnumerateArray().Select(r => new BranchRow(r.GetProperty("unitCode").GetString()!,
                r.GetProperty("fiscalYear").GetInt32(), r.GetProperty("measure").GetProperty("code").GetString()!, Number(r, "value"), Number(r, "numerator"),
                Number(r, "denominator"), r.GetProperty("contributors").GetInt32(), r.GetProperty("quality").GetString()!)));
        }
        var regions = (await api.SendAsync("{ regions { code branches { code } } }", token)).AssertAnswered().GetProperty("regions").EnumerateArray()
            .SelectMany(r => r.GetProperty("branches").EnumerateArray().Select(b => (Branch: b.GetProperty("code").GetString()!, Region: r.GetProperty("code").GetString()!)))
            .ToDictionary(x => x.Branch, x => x.Region, StringComparer.Ordinal);
        return new AggregateParts { Rows = rows, Measures = measures, RegionOf = regions };
    }

    public static decimal? Number(JsonElement row, string field) =>
        row.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    /// <summary>
    /// The group's figures computed here, from its rows: one row is itself; more are added up by the measure's rule
    /// (Σ; Σ numerators ÷ Σ denominators × scale; Σ(value·weight) ÷ Σ weight), over the rows that contribute.
    /// </summary>
    public (decimal? Value, decimal? Numerator, decimal? Denominator, int Contributors) Expected(string measure, IReadOnlyList<BranchRow> rows)
    {
        if (rows.Count == 1)
        {
            return (rows[0].Value, rows[0].Numerator, rows[0].Denominator, rows[0].Contributors);
        }
        var contributing = rows.Where(r => r.Contributors > 0).ToArray();
        if (contributing.Length == 0)
        {
            return (null, null, null, 0);
        }
        var info = Measures[measure];
        var numerator = contributing.Sum(r => r.Numerator!.Value);
        if (info.Aggregation == "SUM")
        {
            return (numerator, numerator, null, contributing.Length);
        }
        var denominator = contributing.Sum(r => r.Denominator!.Value);
        decimal? value = denominator == 0 ? null : info.Aggregation == "RATIO" ? numerator / denominator * info.Scale : numerator / denominator;
        return (value, numerator, denominator, contributing.Length);
    }
}
