using KenpoGraph.Domain.Disclosure;
using KenpoGraph.Testing;

namespace KenpoGraph.Domain.Tests;

/// <summary>
/// Disclosure control for aggregates: a region of one hidden branch is that branch's figure, and so is the nation minus
/// every other region the caller can see. Checked on the eight standard regions and, as a property, on random
/// restrictions × random groupings against the tests' own rational elimination (Testing/ExactRank).
/// </summary>
public sealed class DisclosureRuleTests
{
    private static readonly string[] Branches = Enumerable.Range(1, 47).Select(n => n.ToString("00")).ToArray();

    private static readonly (string Region, int From, int To)[] Standard8 =
        [("HOKKAIDO", 1, 1), ("TOHOKU", 2, 7), ("KANTO", 8, 14), ("CHUBU", 15, 23), ("KINKI", 24, 30), ("CHUGOKU", 31, 35), ("SHIKOKU", 36, 39), ("KYUSHU_OKINAWA", 40, 47)];

    private static List<DisclosureCell> Standard8Cells(bool publicNation = false) =>
    [
        .. Standard8.Select(r => new DisclosureCell($"REGION/STANDARD8/{r.Region}", Branches[(r.From - 1)..r.To])),
        new DisclosureCell("NATIONAL", Branches, publicNation),
    ];

    [Fact]
    public void A_region_of_one_hidden_branch_is_withheld_and_so_is_one_more_cell_to_stop_the_subtraction()
    {
        // A partner of 02 (Tohoku): Hokkaido is 01 alone; the nation minus the seven other regions would give it back.
        var withheld = new DisclosureRule(2).Withheld(Standard8Cells(), b => b == "02");
        Assert.Contains("REGION/STANDARD8/HOKKAIDO", withheld);
        Assert.Equal(2, withheld.Count);
        // The complement is the least informative cell: Shikoku has the fewest hidden branches (4) of those left.
        Assert.Contains("REGION/STANDARD8/SHIKOKU", withheld);
    }

    [Fact]
    public void A_caller_whose_own_branch_is_the_only_contributor_sees_it_and_nothing_needs_withholding()
    {
        Assert.Empty(new DisclosureRule(2).Withheld(Standard8Cells(), b => b == "01"));
    }

    [Fact]
    public void For_a_partner_of_Yamanashi_and_Nagano_Hokkaido_is_withheld_with_one_complement()
    {
        // The case: for 19 (and 20) Hokkaido's roll-up is branch 01's figure.
        var withheld = new DisclosureRule(2).Withheld(Standard8Cells(), b => b is "19" or "20");
        Assert.Equal(["REGION/STANDARD8/HOKKAIDO", "REGION/STANDARD8/SHIKOKU"], withheld.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unrestricted_caller_or_one_seeing_every_contributor_has_nothing_withheld()
    {
        Assert.Empty(new DisclosureRule(2).Withheld(Standard8Cells(), _ => true));
    }

    [Fact]
    public void A_higher_threshold_withholds_regions_of_few_hidden_branches()
    {
        // Threshold 5: Shikoku (4 hidden) is withheld by the primary rule, and one more cell so that it cannot be recovered.
        var withheld = new DisclosureRule(5).Withheld(Standard8Cells(), b => b == "19");
        Assert.Contains("REGION/STANDARD8/HOKKAIDO", withheld);
        Assert.Contains("REGION/STANDARD8/SHIKOKU", withheld);
        AssertNothingDetermined(Standard8Cells(), withheld, b => b == "19");
    }

    [Fact]
    public void A_public_national_figure_is_never_relied_on_to_be_withheld()
    {
        var cells = Standard8Cells(publicNation: true);
        var withheld = new DisclosureRule(2).Withheld(cells, b => b == "02");
        AssertNothingDetermined(cells, withheld, b => b == "02");
        Assert.Contains("REGION/STANDARD8/HOKKAIDO", withheld);
    }

    [Fact]
    public void The_answer_is_the_same_whatever_order_the_cells_come_in()
    {
        var cells = Standard8Cells();
        var reversed = Enumerable.Reverse(cells).ToList();
        Assert.Equal(new DisclosureRule(2).Withheld(cells, b => b == "03").Order(), new DisclosureRule(2).Withheld(reversed, b => b == "03").Order());
    }

    [Fact]
    public void Without_any_withholding_the_check_finds_the_hidden_branch()
    {
        // The check below is not vacuous: releasing everything to a partner of 02 determines 01.
        var cells = Standard8Cells();
        Assert.Equal(["01"], ExactRank.Determined(cells.Select(c => c.Contributors), ["02"], Branches.Where(b => b != "02").ToArray()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_restrictions_and_groupings_never_determine_a_hidden_branch(int threshold)
    {
        var random = new Random(1500 + threshold);
        var rule = new DisclosureRule(threshold);
        for (var round = 0; round < 60; round++)
        {
            // Some branches without data this year, one to three groupings of random regions, the nation sometimes printed.
            var contributing = Branches.Where(_ => random.NextDouble() > 0.1).ToArray();
            var cells = new List<DisclosureCell> { new("NATIONAL", contributing, Public: random.Next(2) == 0) };
            for (var grouping = 0; grouping < random.Next(1, 4); grouping++)
            {
                var regions = random.Next(2, 12);
                var regionOf = Branches.ToDictionary(b => b, _ => random.Next(regions));
                cells.AddRange(Enumerable.Range(0, regions)
                    .Select(r => new DisclosureCell($"REGION/G{grouping}/R{r}", contributing.Where(b => regionOf[b] == r).ToArray()))
                    .Where(c => c.Contributors.Count > 0));
            }
            var visible = Branches.Where(_ => random.NextDouble() < (round % 3 == 0 ? 0.9 : 0.08)).ToHashSet();
            var withheld = rule.Withheld(cells, visible.Contains);

            foreach (var cell in cells.Where(c => !withheld.Contains(c.Key)))
            {
                var hidden = cell.Contributors.Count(b => !visible.Contains(b));
                Assert.True(hidden == 0 || hidden >= threshold, $"round {round}: {cell.Key} released with {hidden} hidden contributor(s)");
            }
            AssertNothingDetermined(cells, withheld, visible.Contains);
        }
    }

    /// <summary>No hidden branch follows from the released cells, the public ones and the visible branches, beyond what the public ones alone give.</summary>
    private static void AssertNothingDetermined(IReadOnlyList<DisclosureCell> cells, IReadOnlySet<string> withheld, Func<string, bool> visible)
    {
        var seen = Branches.Where(visible).ToArray();
        var hidden = Branches.Where(b => !visible(b)).ToArray();
        var publicOnly = ExactRank.Determined(cells.Where(c => c.Public).Select(c => c.Contributors), seen, hidden);
        var released = ExactRank.Determined(cells.Where(c => c.Public || !withheld.Contains(c.Key)).Select(c => c.Contributors), seen, hidden);
        Assert.Equal(publicOnly, released);
    }
}
