using System.Globalization;
using KenpoGraph.Domain.Measures;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Domain.Rollups;

namespace KenpoGraph.DemoData.Tests;

/// <summary>
/// Demonstration data never contradicts a printed figure: every national figure the sources print is what the 47 branches
/// roll up to (counts exactly, rates, averages and per-member amounts to the printed rounding), and every printed branch figure
/// is the branch's value, which its numerator and denominator give back.
/// </summary>
[Collection(GeneratedSeedCollection.Name)]
public sealed class PrintedFigureTests(GeneratedSeed generated)
{
    /// <summary>Half a unit of the last printed digit, in the figure's base unit: 58.4 % → 0.05; 39,713 千人 → 500 persons; 212,946 円 → 0.5.</summary>
    private decimal HalfUnit(string printedValue, string printedUnit)
    {
        var text = printedValue.Normalize(System.Text.NormalizationForm.FormKC);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : text.Length - point - 1;
        var factor = generated.Seeds.Units.Single(u => u.Code == printedUnit).Factor;
        return 0.5m / (decimal)Math.Pow(10, decimals) * factor;
    }

    private Dictionary<(RollupLevel, string, int, string), Warehouse.Model.Rollup> Rollups() =>
        generated.Seeds.Rollups.Where(r => r.Level != RollupLevel.Region).ToDictionary(r => (r.Level, r.UnitCode, r.FiscalYear, r.MeasureCode));

    [Fact]
    public void Every_printed_national_figure_is_what_the_47_branches_roll_up_to_within_its_printed_rounding()
    {
        var rollups = Rollups();
        var printed = generated.Seeds.Observations.Where(o => o.OrgUnitCode == OrgUnitCode.HeadquartersCode && o.Quality != Quality.Demo).ToArray();
        // membership FY2015–FY2024 (60), the FY2022–FY2024 checkup and guidance rates (14), premium rates (2), cost per member (1),
        // generic shares FY2022–FY2024 (3)
        Assert.Equal(80, printed.Length);
        var failures = printed.Select(figure =>
        {
            var rollup = rollups[(RollupLevel.National, OrgUnitCode.HeadquartersCode, figure.FiscalYear, figure.MeasureCode)];
            var half = HalfUnit(figure.PrintedValue, figure.PrintedUnit);
            return rollup.Contributors == 47 && rollup.Value is { } value && Math.Abs(value - figure.Value) <= half && rollup.PublishedValue == figure.Value
                ? null
                : $"{figure.MeasureCode} FY{figure.FiscalYear}: printed {figure.PrintedValue} {figure.PrintedUnit} ({figure.Document()}), roll-up {rollup.Value} of {rollup.Contributors} branches";
        }).OfType<string>().ToArray();
        Assert.Empty(failures);
        // Counts printed in single units are met exactly; in thousands, to the printed thousand.
        var members = rollups[(RollupLevel.National, "00", 2016, "membership.members")];
        Assert.Equal(38_091m, Math.Round(members.Value!.Value / 1000m, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void The_printed_growth_of_the_national_cost_per_member_holds_to_its_digit()
    {
        // seed 004 L189–L192: 212,946 円 in FY2024, +1.3 % on FY2023
        var rollups = Rollups();
        var fy2024 = rollups[(RollupLevel.National, "00", 2024, "medical_cost.per_member")].Value!.Value;
        var fy2023 = rollups[(RollupLevel.National, "00", 2023, "medical_cost.per_member")].Value!.Value;
        Assert.Equal(212_946m, Math.Round(fy2024, MidpointRounding.AwayFromZero));
        Assert.Equal(1.3m, Math.Round((fy2024 / fy2023 - 1m) * 100m, 1, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Every_printed_branch_figure_is_the_branchs_value_and_its_numerator_and_denominator_give_it_back()
    {
        var rollups = Rollups();
        var measures = generated.Seeds.Measures.ToDictionary(m => m.Code);
        var printed = generated.Seeds.Observations.Where(o => o.OrgUnitCode != OrgUnitCode.HeadquartersCode && o.Quality != Quality.Demo).ToArray();
        // Yamanashi: 6 before, 8 checkup and 10 guidance figures; Mie: 6 checkup, 3 guidance, 2 generic shares; Yamanashi 1 generic share; Iwate 5 indicator values
        Assert.Equal(41, printed.Length);
        Assert.All(printed, figure =>
        {
            var rollup = rollups[(RollupLevel.Branch, figure.OrgUnitCode, figure.FiscalYear, figure.MeasureCode)];
            Assert.Equal(figure.Value, rollup.Value);
            Assert.Equal(figure.Quality, rollup.Quality);
            if (measures[figure.MeasureCode].Aggregation == AggregationRule.Ratio)
            {
                var fromParts = rollup.Numerator!.Value / rollup.Denominator!.Value * measures[figure.MeasureCode].Scale;
                Assert.True(Math.Abs(fromParts - figure.Value) <= HalfUnit(figure.PrintedValue, figure.PrintedUnit),
                    $"{figure.MeasureCode} of {figure.OrgUnitCode} FY{figure.FiscalYear}: printed {figure.PrintedValue}, numerator ÷ denominator {fromParts}");
            }
        });
        // seed 003 L722: Yamanashi FY2023 checkup rate 79.0 %; L858–L862: FY2024 dependants' checkups 9,517 of 22,796
        Assert.Equal(79.0m, rollups[(RollupLevel.Branch, "19", 2023, "checkup.lifestyle.rate")].Value);
        Assert.Equal(Quality.Published, rollups[(RollupLevel.Branch, "19", 2023, "checkup.lifestyle.rate")].Quality);
        Assert.Equal(9_517m, generated.Value("19", "checkup.dependant.examinees", 2024));
        Assert.Equal(22_796m, generated.Value("19", "checkup.dependant.target", 2024));
    }
}

internal static class ObservationText
{
    public static string Document(this Warehouse.Model.Observation o) => string.Create(CultureInfo.InvariantCulture, $"{o.DocumentCode} {o.Locator}");
}
