using KenpoGraph.Domain.Access;
using KenpoGraph.Domain.Organisation;

namespace KenpoGraph.Domain.Tests;

/// <summary>The access rule: the headquarters (national rows) always, a branch when unrestricted or listed.</summary>
public sealed class AccessRightsTests
{
    [Theory]
    [InlineData(new[] { "19" }, "19")]
    [InlineData(new[] { "19 20" }, "19 20")]
    [InlineData(new[] { "20,19" }, "19 20")]
    [InlineData(new[] { "19", "20" }, "19 20")]
    // A claim present but empty limits to no branch at all (national and regional figures only), never to all.
    [InlineData(new string[0], "none")]
    [InlineData(new[] { " " }, "none")]
    public void The_branch_claim_is_read_in_its_usual_forms(string[] claimValues, string expected)
    {
        Assert.Equal(expected, BranchRestriction.Parse(claimValues, out var invalid)!.ToString());
        Assert.Null(invalid);
    }

    [Theory]
    [InlineData("19 ALL", "ALL")]
    [InlineData("00", "00")]
    [InlineData("48", "48")]
    [InlineData("1", "1")]
    public void A_value_that_is_not_a_branch_code_makes_the_claim_unusable(string claimValue, string offending)
    {
        Assert.Null(BranchRestriction.Parse([claimValue], out var invalid));
        Assert.Equal(offending, invalid);
    }

    [Fact]
    public void A_restricted_caller_sees_the_nation_and_its_branches_only()
    {
        var rights = new AccessRights([KenpoScope.Read], BranchRestriction.To([OrgUnitCode.Parse("19")]));
        Assert.True(rights.CanSee("00"));
        Assert.True(rights.CanSee("19"));
        Assert.False(rights.CanSee("13"));
        Assert.False(rights.CanReadFinance);
        Assert.Equal(["00", "19"], rights.Visible(["13", "00", "19", "20"], code => code));
        Assert.Equal("scopes=Kenpo.Read;branches=19", rights.ToString());
    }

    [Fact]
    public void An_unrestricted_caller_sees_every_branch_and_unknown_scopes_are_dropped()
    {
        var rights = new AccessRights(["Kenpo.Finance.Read", "User.Read", "Kenpo.Read"], BranchRestriction.None);
        Assert.All(OrgUnitCode.Branches, code => Assert.True(rights.CanSee(code.Value)));
        Assert.Equal(["Kenpo.Read", "Kenpo.Finance.Read"], rights.Scopes);
        Assert.True(rights.CanReadFinance);
        Assert.False(rights.Has(KenpoScope.Admin));
    }

    [Fact]
    public void A_restriction_to_no_branch_still_shows_national_figures()
    {
        var rights = new AccessRights([KenpoScope.Read], BranchRestriction.To([]));
        Assert.True(rights.CanSee("00"));
        Assert.Empty(rights.Visible(OrgUnitCode.Branches, code => code.Value));
        Assert.Equal("none", rights.Branches.ToString());
    }
}
