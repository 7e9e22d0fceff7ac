using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Access;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.Visibility;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KenpoGraph.Api.Tests.Security.SchemaWalk;

/// <summary>The secured API with the rate limit off: the walk sends a few thousand requests from one client.</summary>
public class WalkedApi : SecuredApi
{
    public WalkedApi() : this(null)
    {
    }

    protected WalkedApi(Action<IServiceCollection>? services)
        : base(new Dictionary<string, string>
        {
            ["Limits:RateLimit:PermitLimit"] = "0",
            // The audit line of each of the walk's requests would drown the test output.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:KenpoGraph.Audit"] = "Warning",
        }, services)
    {
    }

    /// <summary>01 alone (a region of its own, 北海道), and 19 and 20 together.</summary>
    internal Dictionary<string, string[]> RestrictedTokens() => new()
    {
        [Token(branches: "01", client: "walker-hokkaido")] = ["01"],
        [Token(branches: "19 20", client: "walker-yamanashi-nagano")] = ["19", "20"],
    };
}

/// <summary>The same API with the visibility guard switched off (every value counts as visible): only the row filter is left.</summary>
public sealed class GuardOffApi() : WalkedApi(services => services.AddScoped<OwnerDirectory, EverythingVisible>());

internal sealed class EverythingVisible(RequestCaller caller, RequestWarehouse warehouse) : OwnerDirectory(caller, warehouse)
{
    public override bool IsRestricted => false;
}

/// <summary>
/// The API with two fields a careless change might add: a figure of 東京 (13) as a scalar on Query, which no object
/// check can see, and 東京's org unit in a non-null field, read across all branches.
/// </summary>
public sealed class LeakyFieldsApi() : WalkedApi(services => services.AddTransient(_ =>
{
    var query = new QueryType();
    query.Field<ExactDecimalGraphType>("unguardedTokyoFigure").Resolve(c => c.Warehouse().AcrossAllBranches.Observations
        .Where(o => o.OrgUnitCode == "13" && o.FiscalYear == 2024 && o.MeasureCode == "membership.insured").Select(o => (decimal?)o.Value).FirstOrDefault());
    query.Field<NonNullGraphType<Api.OrgUnits.OrgUnitType>>("tokyoAcrossAllBranches")
        .Resolve(c => c.Warehouse().AcrossAllBranches.OrgUnits.Single(u => u.Code == "13"));
    return query;
}));

/// <summary>
/// The proof of the visibility rule (issue 15): from the running schema's introspection, every field path from Query
/// to <see cref="SchemaPaths.Depth"/> object levels, and every node id, asked with a token for 01 and one for 19 and 20,
/// shows no other branch's code, name, node id, figure or plan text. A field added later is walked without anyone
/// writing a test for it; switching the guard off, or adding a field the guard cannot see, makes the walk fail.
/// </summary>
public sealed class SchemaWalkingLeakTests(ITestOutputHelper output)
{
    [Fact]
    public async Task No_path_of_the_schema_shows_a_restricted_caller_another_branch()
    {
        using var api = new WalkedApi();
        var walker = new LeakWalker(api);
        var time = LeakWalker.Time();
        var leaks = await walker.LeaksAsync(api.RestrictedTokens());
        output.WriteLine($"depth {SchemaPaths.Depth}: {walker.QueriesSent} queries in {time.Elapsed.TotalSeconds:F1} s; {walker.Failures.Count} refused; "
            + $"over the cost limit one leaf at a time: {string.Join(", ", walker.OverCostLimit.Distinct())}; not walked (argument unknown): {string.Join(", ", walker.Skipped.Distinct())}");
        Assert.True(walker.Failures.Count == 0, $"refused walk queries:\n{string.Join("\n", walker.Failures.Take(20))}");
        Assert.True(leaks.Count == 0, $"{leaks.Count} leaks:\n{string.Join("\n", leaks.Take(40))}");
    }

    [Fact]
    public async Task Without_the_guard_the_walk_finds_the_routes_the_row_filter_misses()
    {
        using var api = new GuardOffApi();
        var walker = new LeakWalker(api);
        var leaks = await walker.LeaksAsync(api.RestrictedTokens().Skip(1).ToDictionary(), depth: 3);
        // Without the guard, a ranking computed across all branches hands out every entry: the walk sees their figures
        // where it does not ask whose they are, and fails where it does (a hidden branch read through the row filter is
        // null in the entry's non-null branch field).
        Assert.True(leaks.Count > 0 || walker.Failures.Any(f => f.Contains("INTERNAL_SERVER_ERROR", StringComparison.Ordinal)),
            "the walk saw nothing wrong with the guard switched off");
        var reply = await api.SendAsync("{ incentiveRanking(resultsYear: 2023) { entries { rank total premiumBase } } }", api.Yamanashi);
        Assert.Equal(47, reply.AssertAnswered().GetProperty("incentiveRanking").GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task A_new_field_returning_another_branchs_figure_is_found_without_a_test_written_for_it()
    {
        using var api = new LeakyFieldsApi();
        var walker = new LeakWalker(api);
        // A field on Query is reached at depth one; the full walk would find it all the same.
        var leaks = await walker.LeaksAsync(api.RestrictedTokens(), depth: 1);
        Assert.Contains(leaks, l => l.Contains("unguardedTokyoFigure", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_non_null_field_leading_to_a_hidden_branch_is_a_BRANCH_NOT_VISIBLE_error()
    {
        using var api = new LeakyFieldsApi();
        var reply = await api.SendAsync("{ tokyoAcrossAllBranches { code nameJa } branch(code: \"19\") { code } }", api.Yamanashi);
        Assert.Equal(["BRANCH_NOT_VISIBLE"], reply.ErrorCodes);
        OutsideRights.AssertOnly(reply.Body, "19");
        var everyone = await api.SendAsync("{ tokyoAcrossAllBranches { code } }", api.Token());
        Assert.Equal("13", everyone.AssertAnswered().GetProperty("tokyoAcrossAllBranches").GetProperty("code").GetString());
    }
}
