using KenpoGraph.DemoData.Output;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.DemoData.Tests;

/// <summary>
/// A private copy of db/seed whose demo_ files are freshly generated, read back through the loader's own
/// <see cref="SeedReader"/>: the calibration tests check what a load would see, not the generator's internals.
/// </summary>
public sealed class GeneratedSeed : IDisposable
{
    public GeneratedSeed()
    {
        foreach (var demo in Directory.EnumerateFiles(Workspace.SeedDirectory, SeedReader.DemoPrefix + "*.csv"))
        {
            File.Delete(demo);
        }
        Files = DemoDataGenerator.Render(Workspace.SeedDirectory);
        DemoCsvWriter.Write(Workspace.SeedDirectory, Files);
        var reading = SeedReader.Read(Workspace.SeedDirectory);
        Assert.Empty(reading.Problems);
        Seeds = reading.Seeds!;
        _values = Seeds.Observations.ToDictionary(o => (o.OrgUnitCode, o.FiscalYear, o.MeasureCode));
    }

    private readonly Dictionary<(string, int, string), Observation> _values;

    internal SeedWorkspace Workspace { get; } = new();

    internal SortedDictionary<string, string> Files { get; }

    internal SeedSet Seeds { get; }

    public static IReadOnlyList<string> Branches { get; } = [.. OrgUnitCode.Branches.Select(b => b.Value)];

    public static IEnumerable<int> Years => Enumerable.Range(2015, 11);

    public static IEnumerable<int> PublishedMembershipYears => Enumerable.Range(2015, 10);

    internal Observation Observation(string orgUnit, string measure, int year) =>
        _values.TryGetValue((orgUnit, year, measure), out var observation)
            ? observation
            : throw new KeyNotFoundException($"no {measure} of {orgUnit} in FY{year}");

    internal decimal Value(string orgUnit, string measure, int year) => Observation(orgUnit, measure, year).Value;

    internal decimal? National(string measure, int year) =>
        _values.TryGetValue((OrgUnitCode.HeadquartersCode, year, measure), out var observation) ? observation.Value : null;

    internal decimal Sum(string measure, int year) => Branches.Sum(b => Value(b, measure, year));

    /// <summary>Σnumerator ÷ Σdenominator over the 47 branches, in percent.</summary>
    internal decimal NationalRate(string numerator, string denominator, int year) => Sum(numerator, year) / Sum(denominator, year) * 100m;

    internal decimal Rate(string branch, string numerator, string denominator, int year) =>
        Value(branch, numerator, year) / Value(branch, denominator, year) * 100m;

    internal decimal WeightedMean(string measure, string weight, int year) =>
        Branches.Sum(b => Value(b, measure, year) * Value(b, weight, year)) / Sum(weight, year);

    internal IEnumerable<Observation> Demo => Seeds.Observations.Where(o => o.Quality == Quality.Demo);

    public void Dispose() => Workspace.Dispose();
}

[CollectionDefinition(Name)]
public sealed class GeneratedSeedCollection : ICollectionFixture<GeneratedSeed>
{
    public const string Name = "generated seed";
}
