using KenpoGraph.Domain.Aggregation;

namespace KenpoGraph.Domain.Tests.Aggregation;

public sealed class CustomGroupsTests
{
    private static readonly HashSet<string> Branches = Enumerable.Range(1, 47).Select(n => n.ToString("00")).ToHashSet();

    [Fact]
    public void A_partition_gives_each_branch_its_group_and_leaves_the_others_in_none()
    {
        var groups = CustomGroups.Of([new("EAST", ["01", "02"]), new("WEST", ["47"])], Branches);
        Assert.Equal("EAST", groups.GroupOf("02"));
        Assert.Equal("WEST", groups.GroupOf("47"));
        Assert.Null(groups.GroupOf("19"));
        Assert.Equal(["01", "02"], groups.Members("EAST"));
    }

    [Theory]
    [InlineData("A:01,02|B:02,03", "Branch 02 is in both 'A' and 'B': groups may not overlap.")]
    [InlineData("A:01,01", "The group 'A' names branch 01 twice.")]
    [InlineData("A:01,48", "The group 'A' names '48', which is no branch")]
    [InlineData("A:01|A:02", "The group code 'A' is given twice.")]
    [InlineData(" :01", "A group's `code` is empty.")]
    [InlineData("A:", "The group 'A' has no `orgUnits`.")]
    [InlineData("", "`groups` is empty")]
    public void A_grouping_that_cannot_be_used_is_refused_with_the_reason(string spec, string message)
    {
        var groups = spec.Length == 0 ? [] : spec.Split('|').Select(g => g.Split(':'))
            .Select(g => new CustomGroup(g[0].Trim(), g[1].Split(',', StringSplitOptions.RemoveEmptyEntries))).ToArray();
        var refused = Assert.Throws<InvalidGroupsException>(() => CustomGroups.Of(groups, Branches));
        Assert.StartsWith(message, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_groups_than_branches_are_refused()
    {
        var groups = Enumerable.Range(0, CustomGroups.MaxGroups + 1).Select(n => new CustomGroup($"G{n}", ["01"])).ToArray();
        Assert.Throws<InvalidGroupsException>(() => CustomGroups.Of(groups, Branches));
    }
}
