using KenpoGraph.Domain.Incentives;

namespace KenpoGraph.Domain.Tests;

public sealed class IncentiveSimulationTests
{
    private static readonly IncentiveScheme Scheme = IncentiveRankingTests.Scheme;

    [Fact]
    public void Raising_a_branch_reports_its_new_rank_and_exactly_the_branches_it_passed()
    {
        var branches = IncentiveRankingTests.Branches(new Random(5));
        var baseline = IncentiveRanking.Compute(Scheme, 2023, branches);
        var lowest = baseline.Entries[^1].BranchCode;
        var target = branches.Single(b => b.BranchCode == lowest);

        var result = IncentiveSimulation.Run(Scheme, Scheme, 2023, branches,
            [new IndicatorChange(lowest, 1, target.Values[1] + 30m), new IndicatorChange(lowest, 5, target.Values[5] + 15m)]);

        var move = result.Moves.Single(m => m.BranchCode == lowest);
        Assert.Equal(47, move.Before.Rank);
        Assert.True(move.After.Rank < 47);
        Assert.Equal(47 - move.After.Rank, move.RankChange);
        // Everyone now ranked between its new place and 47 was above it before: exactly the branches it passed.
        var passed = result.Simulated.Entries.Where(e => e.Rank > move.After.Rank).Select(e => e.BranchCode).Order(StringComparer.Ordinal);
        Assert.Equal(passed, move.Passed.Order(StringComparer.Ordinal));
        Assert.Empty(move.FellBehind);
        Assert.All(result.Moves.Where(m => move.Passed.Contains(m.BranchCode)), m => Assert.Equal([lowest], m.FellBehind));
        // The baseline is the recorded ranking, untouched by the simulation.
        Assert.Equal(baseline.Entries.Select(e => (e.BranchCode, e.Rank, e.Reward)), result.Baseline.Entries.Select(e => (e.BranchCode, e.Rank, e.Reward)));
        Assert.Equal(target.Values[1], branches.Single(b => b.BranchCode == lowest).Values[1]);
    }

    [Fact]
    public void A_simulation_without_changes_moves_nothing()
    {
        var branches = IncentiveRankingTests.Branches(new Random(6));
        var result = IncentiveSimulation.Run(Scheme, Scheme, 2023, branches, []);
        Assert.All(result.Moves, m => Assert.Equal((0, 0m, 0m), (m.RankChange, m.RewardChange, m.NetEffectChange)));
    }

    [Fact]
    public void Another_scheme_is_simulated_on_the_same_values()
    {
        var branches = IncentiveRankingTests.Branches(new Random(8));
        var result = IncentiveSimulation.Run(Scheme, Scheme with { RewardedBranches = 23 }, 2023, branches, []);
        Assert.Equal(15, result.Baseline.Entries.Count(e => e.Rewarded));
        Assert.Equal(23, result.Simulated.Entries.Count(e => e.Rewarded));
        Assert.All(result.Moves, m => Assert.Equal(0, m.RankChange));
    }

    [Theory]
    [InlineData("48", 1, "Branch 48 is not one of the ranked branches.")]
    [InlineData("19", 6, "Indicator 6 is not an indicator of scheme TEST-FY2022 (it has 1, 2, 3, 4, 5).")]
    public void Bad_changes_are_refused_with_a_message_naming_them(string branch, int indicator, string message)
    {
        var branches = IncentiveRankingTests.Branches(new Random(9));
        var error = Assert.Throws<IncentiveInputException>(() => IncentiveSimulation.Run(Scheme, Scheme, 2023, branches, [new IndicatorChange(branch, indicator, 50m)]));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void The_same_indicator_changed_twice_is_refused()
    {
        var branches = IncentiveRankingTests.Branches(new Random(9));
        var error = Assert.Throws<IncentiveInputException>(() => IncentiveSimulation.Run(Scheme, Scheme, 2023, branches,
            [new IndicatorChange("19", 5, 80m), new IndicatorChange("19", 5, 81m)]));
        Assert.Equal("Indicator 5 of branch 19 is changed twice.", error.Message);
    }
}

public sealed class IncentiveSchemeParametersTests
{
    private static readonly IndicatorRule[] Indicators = [new(1, "incentive.i1.value", "特定健診等の実施率", true)];

    private static Dictionary<string, string> Complete() => new(StringComparer.Ordinal)
    {
        ["rewarded_branches"] = "15", ["funding_rate_percent"] = "0.01", ["premium_year_offset"] = "2", ["scoring_method"] = "DEVIATION_SCORE",
        ["standardisation"] = "PREVIOUS_YEAR", ["improvement_scale"] = "PREVIOUS_YEAR_LEVELS", ["level_weight"] = "0.5", ["improvement_weight"] = "0.5", ["score_min"] = "50", ["score_max"] = "80",
        ["tie_rule"] = "INDICATOR_ORDER_THEN_CODE", ["reward_rule"] = "MARGIN_OVER_FIRST_UNREWARDED_TIMES_BASE",
        ["premium_base"] = "membership.total_standard_remuneration",
    };

    [Fact]
    public void A_complete_set_builds_the_scheme()
    {
        var (scheme, problems) = IncentiveSchemeParameters.Build("S", 2022, null, Indicators, Complete());
        Assert.Empty(problems);
        Assert.Equal((15, 0.01m, 2024, Standardisation.PreviousYear, ImprovementScale.PreviousYearLevels),
            (scheme!.RewardedBranches, scheme.FundingRatePercent, scheme.PremiumYear(2022), scheme.Standardisation, scheme.ImprovementScale));
    }

    [Fact]
    public void The_second_reading_of_the_improvement_is_a_parameter_value_and_a_wrong_one_is_named()
    {
        var values = Complete();
        values["improvement_scale"] = "PREVIOUS_YEAR_IMPROVEMENTS";
        Assert.Equal(ImprovementScale.PreviousYearImprovements, IncentiveSchemeParameters.Build("S", 2022, null, Indicators, values).Scheme!.ImprovementScale);
        values["improvement_scale"] = "LAST_DECADE";
        Assert.Equal([("improvement_scale", "'LAST_DECADE' is not one of PREVIOUS_YEAR_LEVELS, PREVIOUS_YEAR_IMPROVEMENTS")],
            IncentiveSchemeParameters.Build("S", 2022, null, Indicators, values).Problems);
    }

    [Fact]
    public void Every_missing_or_wrong_parameter_is_named()
    {
        var values = Complete();
        values.Remove("score_max");
        values["level_weight"] = "0.6";
        values["standardisation"] = "SOMETIMES";
        values["tie_rule"] = "COIN_TOSS";
        var (scheme, problems) = IncentiveSchemeParameters.Build("S", 2022, null, Indicators, values);
        Assert.Null(scheme);
        Assert.Equal(
        [
            ("score_max", "scheme S has no 'score_max' parameter"),
            ("tie_rule", "'COIN_TOSS' is not supported; the engine implements tie_rule = INDICATOR_ORDER_THEN_CODE"),
            ("standardisation", "'SOMETIMES' is not one of PREVIOUS_YEAR, RESULTS_YEAR"),
            ("improvement_weight", "level_weight + improvement_weight must be 1 (they are 0.6 + 0.5)"),
        ], problems);
    }
}
