using KenpoGraph.Domain.Organisation;

namespace KenpoGraph.Domain.Tests;

public sealed class OrgUnitCodeTests
{
    [Theory]
    [InlineData("00", OrgUnitKind.Headquarters)]
    [InlineData("01", OrgUnitKind.Branch)]
    [InlineData("19", OrgUnitKind.Branch)]
    [InlineData("47", OrgUnitKind.Branch)]
    public void Knows_the_headquarters_and_the_47_branches(string text, OrgUnitKind kind) =>
        Assert.Equal(kind, OrgUnitCode.Parse(text).Kind);

    [Theory]
    [InlineData("48")]
    [InlineData("1")]
    [InlineData("001")]
    [InlineData("AB")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_other_codes(string? text) => Assert.False(OrgUnitCode.TryParse(text, out _));

    [Fact]
    public void Lists_47_branches_in_JIS_order()
    {
        Assert.Equal(47, OrgUnitCode.Branches.Count);
        Assert.Equal("01", OrgUnitCode.Branches[0].Value);
        Assert.Equal("47", OrgUnitCode.Branches[^1].Value);
    }
}
