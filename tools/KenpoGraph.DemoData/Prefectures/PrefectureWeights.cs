using System.Globalization;
using KenpoGraph.Domain.Organisation;

namespace KenpoGraph.DemoData.Prefectures;

/// <summary>Reads prefecture_weights.csv (embedded from the project folder): one row per branch, in JIS order.</summary>
internal static class PrefectureWeights
{
    private const string ResourceName = "prefecture_weights.csv";
    private const string Header = "code,name_ja,population_2020_thousands,remuneration_index,premium_rate_level";

    public static IReadOnlyList<PrefectureWeight> Load()
    {
        using var stream = typeof(PrefectureWeights).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the generator.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Lines starting with # are comments (where the numbers come from); the rest is a plain CSV without quoting.</summary>
    public static IReadOnlyList<PrefectureWeight> Parse(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        if (lines.Length == 0 || lines[0] != Header)
        {
            throw new FormatException($"{ResourceName} must start (after # comments) with the header {Header}.");
        }
        var weights = lines.Skip(1).Select(ParseRow).ToArray();
        var expected = OrgUnitCode.Branches.Select(b => b.Value);
        if (!weights.Select(w => w.Code).SequenceEqual(expected))
        {
            throw new FormatException($"{ResourceName} must list the 47 branches 01–47 once each, in order.");
        }
        return weights;
    }

    private static PrefectureWeight ParseRow(string line)
    {
        var fields = line.Split(',');
        if (fields.Length != 5)
        {
            throw new FormatException($"{ResourceName}: '{line}' does not have 5 fields.");
        }
        static decimal Number(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new PrefectureWeight(fields[0], fields[1], Number(fields[2]), Number(fields[3]), Number(fields[4]));
    }
}
