using GraphQL.Types;
using KenpoGraph.Api.Visibility;
using Microsoft.Extensions.DependencyInjection;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>
/// Every object type of the running schema is declared either branch-owned, with the owners its records name, or not
/// branch-owned with a reason (Visibility/BranchOwners), so the visibility guard knows whose every object is. The schema
/// refuses to build otherwise; this lists them so a reviewer sees each decision.
/// </summary>
[Collection(SecuredApiCollection.Name)]
public sealed class BranchOwnersTests(SecuredApi api)
{
    [Fact]
    public void Every_object_type_says_whose_its_values_are()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var objectTypes = schema.AllTypes.OfType<IObjectGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(objectTypes);
        var undeclared = objectTypes.Where(t => BranchOwners.For(t) is null).Select(t => t.Name).ToArray();
        Assert.True(undeclared.Length == 0, $"not declared in Visibility/BranchOwners: {string.Join(", ", undeclared)}");
        Assert.All(objectTypes, t => Assert.True(BranchOwners.For(t)!.Owners is not null ^ BranchOwners.For(t)!.NotOwnedBecause is not null, t.Name));
        // The branch rows the issue lists are owned: a type of theirs declared "not branch-owned" would pass everything.
        var owned = objectTypes.Where(t => BranchOwners.For(t)!.Owners is not null).Select(t => t.Name).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "OrgUnit", "Observation", "Figure", "MembershipYear", "Rollup", "SeriesPoint", "Plan", "PlanNode", "KpiTarget", "KpiResult",
            "ThresholdResolution", "KpiComparisonCell", "Budget", "BudgetLine", "BudgetAmount", "LoadCheck", "IncentiveRankingEntry",
            "IncentiveIndicatorScore", "IncentiveMove", "IncentiveChange",
        }, owned);
    }

    [Fact]
    public void A_schema_with_an_undeclared_object_type_does_not_build()
    {
        var guard = new VisibilityGuard();
        var stray = new ObjectGraphType { Name = "Stray" };
        var error = Assert.Throws<InvalidOperationException>(() => guard.VisitObject(stray, new GraphQL.Types.Schema()));
        Assert.Contains("Stray", error.Message, StringComparison.Ordinal);
    }
}
