using KenpoGraph.DemoData.Incentives;
using KenpoGraph.DemoData.Output;
using KenpoGraph.Domain.Incentives;
using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Loading;

namespace KenpoGraph.DemoData.Tests;

/// <summary>
/// The two literal readings of the improvement's scaling (docs/domain.md "The scoring, exactly as computed";
/// improvement_scale in incentive_scheme_parameters.csv) compared against every published rank, overall and per indicator,
/// seeds and public pages.
/// </summary>
[Collection(GeneratedSeedCollection.Name)]
public sealed class ScoringReadingTests(GeneratedSeed generated)
{
    private static IncentiveScheme Other(IncentiveScheme scheme) => scheme with { ImprovementScale = ImprovementScale.PreviousYearImprovements };

    /// <summary>
    /// The published ranks the shipped data miss when ranked under the other reading (they were bent under the shipped one):
    /// 44 of the 61, so the choice matters.
    /// </summary>
    internal static readonly string[] MissedUnderTheOtherReading =
    [
        "FY2018 45 #0: 12 → 29", "FY2018 45 #1: 35 → 44", "FY2018 45 #2: 18 → 45", "FY2018 45 #4: 17 → 15",
        "FY2018 45 #5: 9 → 1", "FY2018 09 #0: 27 → 12", "FY2019 45 #0: 12 → 8", "FY2019 45 #1: 40 → 47", "FY2019 45 #2: 28 → 47",
        "FY2019 45 #4: 9 → 11", "FY2019 45 #5: 14 → 17", "FY2020 45 #0: 21 → 18", "FY2020 45 #1: 21 → 3",
        "FY2020 45 #2: 45 → 47", "FY2020 45 #4: 38 → 36", "FY2020 45 #5: 18 → 28", "FY2021 45 #0: 21 → 19",
        "FY2021 45 #1: 25 → 17", "FY2021 45 #2: 39 → 43", "FY2021 45 #5: 4 → 3", "FY2021 03 #0: 27 → 38",
        "FY2021 03 #1: 14 → 15", "FY2021 03 #2: 32 → 34", "FY2021 03 #5: 3 → 30", "FY2021 10 #0: 45 → 47",
        "FY2021 10 #1: 34 → 46", "FY2021 10 #2: 42 → 45", "FY2021 10 #5: 7 → 12", "FY2022 19 #0: 44 → 46",
        "FY2022 19 #1: 10 → 31", "FY2022 19 #5: 35 → 39", "FY2022 07 #0: 25 → 26", "FY2022 10 #0: 43 → 42",
        "FY2022 43 #0: 15 → 20", "FY2023 19 #0: 16 → 41", "FY2023 19 #1: 7 → 15", "FY2023 19 #2: 14 → 12",
        "FY2023 19 #4: 8 → 23", "FY2023 19 #5: 34 → 40", "FY2023 11 #0: 46 → 22", "FY2023 11 #4: 35 → 36",
        "FY2023 11 #5: 17 → 3", "FY2023 44 #0: 7 → 9", "FY2023 04 #0: 37 → 45"
    ];

    /// <summary>
    /// The published ranks the generator's year-by-year bending misses when it bends to the other reading: 6 of the 61, each a slot
    /// the heuristic found no room for (the year before is already fixed when a year is bent; under the other reading a printed
    /// value's score also rests on its own value the year before, and a year whose rises differ from the year before's moves every
    /// branch's improvement score alike - FY2023's ① rises against FY2022's put most ① raw scores below 50, where the score
    /// clamps and no longer separates the branches), none shown impossible.
    /// </summary>
    internal static readonly string[] MissedWhenBentToTheOtherReading =
    [
        "FY2018 45 #0: 12 → 29", "FY2023 19 #0: 16 → 47", "FY2023 19 #5: 34 → 44", "FY2023 11 #0: 46 → 42",
        "FY2023 44 #0: 7 → 4", "FY2023 04 #0: 37 → 41"
    ];

    [Fact]
    public void On_the_shipped_data_the_shipped_reading_gives_all_61_published_ranks_and_the_other_misses_44()
    {
        Assert.Equal(PublishedRankTests.NotReproduced, PublishedRankTests.Described(PublishedRankTests.Mismatches(generated.Seeds, s => s)));
        var other = PublishedRankTests.Described(PublishedRankTests.Mismatches(generated.Seeds, Other));
        Assert.Equal(MissedUnderTheOtherReading, other);
    }

    [Fact]
    public void Bent_to_the_other_reading_the_demonstration_values_give_55_of_the_61_published_ranks()
    {
        // The same generator on the same published figures, the schemes from FY2018 results on switched to the other reading
        // (FY2016 would need FY2014, which the warehouse does not hold).
        using var workspace = new SeedWorkspace().WithoutDemonstrationData();
        foreach (var scheme in new[] { "PHASE-IN-FY2018", "PHASE-IN-FY2019", "FULL-FY2021", "REVISED-FY2022" })
        {
            workspace.ReplaceLine("incentive_scheme_parameters.csv", $"{scheme},{IncentiveSchemeParameters.ImprovementScale},",
                $"{scheme},{IncentiveSchemeParameters.ImprovementScale},PREVIOUS_YEAR_IMPROVEMENTS,ASSUMPTION,,,the other reading");
        }
        DemoCsvWriter.Write(workspace.SeedDirectory, DemoDataGenerator.Render(workspace.SeedDirectory));
        var reading = SeedReader.Read(workspace.SeedDirectory);
        Assert.Empty(reading.Problems);

        var mismatches = PublishedRankTests.Described(PublishedRankTests.Mismatches(reading.Seeds!, s => s));
        Assert.All(ShippedSchemes.Of(reading.Seeds!.Incentives).Where(s => s.FirstResultsYear >= 2018),
            s => Assert.Equal(ImprovementScale.PreviousYearImprovements, s.ImprovementScale));
        Assert.Equal(MissedWhenBentToTheOtherReading, mismatches);
    }
}
