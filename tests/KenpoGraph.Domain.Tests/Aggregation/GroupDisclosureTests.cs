using KenpoGraph.Domain.Aggregation;
using KenpoGraph.Domain.Disclosure;
using KenpoGraph.Testing;

namespace KenpoGraph.Domain.Tests.Aggregation;

/// <summary>
/// Groups are released when their hidden part is a combination of known cells' hidden parts: checked on the standard
/// regions and, as a property, against the tests' own rational elimination (Testing/ExactRank).
/// </summary>
public sealed class GroupDisclosureTests
{
    private static readonly string[] Branches = Enumerable.Range(1, 47).Select(n => n.ToString("00")).ToArray();

    private static readonly (string Region, int From, int To)[] Standard8 =
        [("HOKKAIDO", 1, 1), ("TOHOKU", 2, 7), ("KANTO", 8, 14), ("CHUBU", 15, 23), ("KINKI", 24, 30), ("CHUGOKU", 31, 35), ("SHIKOKU", 36, 39), ("KYUSHU_OKINAWA", 40, 47)];

    private static GroupDisclosure.Structure Decided(Func<string, bool> visible)
    {
        DisclosureCell[] cells =
        [
            .. Standard8.Select(r => new DisclosureCell($"REGION/STANDARD8/{r.Region}", Branches[(r.From - 1)..r.To])),
            new DisclosureCell("NATIONAL", Branches),
        ];
        return new GroupDisclosure.Structure(cells, new DisclosureRule(2).Withheld(cells, visible));
    }

    private static string[] Range(int from, int to) => Branches[(from - 1)..to];

    [Fact]
    public void Regions_and_their_unions_are_released_and_a_region_plus_or_minus_one_hidden_branch_is_not()
    {
        bool Visible(string b) => b == "19";
        var groups = new GroupDisclosure(Decided(Visible), Visible);
        Assert.True(groups.Releasable(Range(2, 7)));
        Assert.True(groups.Releasable(Range(2, 14)));
        Assert.True(groups.Releasable(Range(2, 7).Append("19")));
        Assert.False(groups.Releasable(Range(2, 8)));
        Assert.False(groups.Releasable(Range(3, 7)));
        Assert.False(groups.Releasable(["01"]));
        Assert.False(groups.Releasable(["01", "19"]));
        Assert.True(groups.Releasable(["19"]));
        Assert.True(groups.Releasable([]));
    }

    [Fact]
    public void Without_a_structure_only_groups_of_visible_branches_are_released()
    {
        var groups = new GroupDisclosure(null, b => b == "19");
        Assert.True(groups.Releasable(["19"]));
        Assert.False(groups.Releasable(["19", "20", "21"]));
    }

    [Fact]
    public void Single_branch_statistics_need_every_contributor_visible()
    {
        Assert.True(GroupDisclosure.SpreadReleasable(["08", "09"], b => b is "08" or "09"));
        Assert.False(GroupDisclosure.SpreadReleasable(["08", "09"], b => b == "08"));
    }

    [Fact]
    public void Released_groups_never_determine_a_hidden_branch_whatever_is_asked()
    {
        var random = new Random(18);
        var released = 0;
        for (var round = 0; round < 40; round++)
        {
            var visible = Branches.Where(_ => random.NextDouble() < 0.1).ToHashSet();
            var structure = Decided(visible.Contains);
            var groups = new GroupDisclosure(structure, visible.Contains);
            var known = structure.Cells.Where(c => !structure.Withheld.Contains(c.Key)).Select(c => c.Contributors).ToList();
            for (var ask = 0; ask < 30; ask++)
            {
                // Half the groups are random; half are unions of regions, with the caller's own branches and sometimes one more.
                var group = ask % 2 == 0 ? Branches.Where(_ => random.NextDouble() < 0.3).ToArray()
                    : Standard8.Where(_ => random.NextDouble() < 0.4).SelectMany(r => Range(r.From, r.To)).Concat(visible)
                        .Concat(random.NextDouble() < 0.3 ? [Branches[random.Next(47)]] : []).Distinct().ToArray();
                if (groups.Releasable(group))
                {
                    known.Add(group);
                    released++;
                }
            }
            var hidden = Branches.Where(b => !visible.Contains(b)).ToArray();
            Assert.Empty(ExactRank.Determined(known, visible, hidden));
        }
        Assert.True(released > 200, $"only {released} groups released: the property would be vacuous");
    }
}
