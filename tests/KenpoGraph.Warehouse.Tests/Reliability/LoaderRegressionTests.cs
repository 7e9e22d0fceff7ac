using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Storage;

namespace KenpoGraph.Warehouse.Tests.Reliability;

/// <summary>
/// The smallest form of each bug the loader fuzzer found, as a plain test: the exact report, and nothing written.
/// </summary>
public sealed class LoaderRegressionTests : IAsyncLifetime
{
    private const string Members2024 = "00,2024,membership.members,";
    private const string Provenance = "FISCAL_YEAR_END,PUBLISHED,seed-004,L70,";

    private readonly SeedWorkspace _workspace = new SeedWorkspace().WithoutDemonstrationData();
    private SqliteWarehouseStore _store = null!;
    private string _published = "";

    public async Task InitializeAsync()
    {
        _store = new SqliteWarehouseStore(_workspace.DataDirectory);
        Assert.Equal(LoadStatus.Published, (await new WarehouseLoader(_store, TimeProvider.System).LoadAsync(_workspace.SeedDirectory)).Status);
        _published = _workspace.DataFingerprint();
    }

    public Task DisposeAsync()
    {
        _workspace.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_figure_beyond_ten_to_the_eighteenth_is_OUT_OF_RANGE()
    {
        // Was: accepted, then OverflowException out of the loader once 千人 multiplied it.
        var row = _workspace.ReplaceLine("membership.csv", Members2024, $"{Members2024}\"79,228,162,514,264,337,593,543,950,335\",千人,{Provenance}");

        await AssertRefusedAsync($"{Csv("membership.csv")}:{row}: column printed_value: OUT_OF_RANGE: '79,228,162,514,264,337,593,543,950,335' is beyond ±10^18, the largest figure a load accepts");
    }

    [Fact]
    public async Task A_figure_its_unit_takes_beyond_ten_to_the_eighteenth_is_OUT_OF_RANGE()
    {
        var row = _workspace.ReplaceLine("membership.csv", Members2024, $"{Members2024}\"39,713,000,000,000,000\",千人,{Provenance}");

        await AssertRefusedAsync($"{Csv("membership.csv")}:{row}: column printed_value: OUT_OF_RANGE: 39713000000000000 千人 is beyond ±10^18 人, the largest figure a load accepts");
    }

    [Fact]
    public async Task A_weighted_mean_whose_products_overflow_is_reported_against_its_measure()
    {
        // Each figure is below the bound; the remuneration times its weight (the insured) is beyond what a decimal holds.
        _workspace.AppendLine("membership.csv", "19,2024,membership.average_standard_monthly_remuneration,\"900,000,000,000,000,000\",円,FISCAL_YEAR_AVERAGE,PUBLISHED,seed-003,L1,");
        _workspace.AppendLine("membership.csv", "19,2024,membership.insured,\"900,000,000,000,000,000\",人,FISCAL_YEAR_END,PUBLISHED,seed-003,L1,");
        var measure = Array.FindIndex(File.ReadAllLines(_workspace.PathOf("measures.csv")), l => l.StartsWith("membership.average_standard_monthly_remuneration,", StringComparison.Ordinal)) + 1;

        await AssertRefusedAsync($"{Csv("measures.csv")}:{measure}: column aggregation: OUT_OF_RANGE: rolling up membership.average_standard_monthly_remuneration for FY2024 goes beyond the " +
            $"largest number a decimal holds: its figures, their weights or its scale are far too large");
    }

    [Fact]
    public async Task A_quoted_line_break_in_a_field_stays_inside_its_one_report_line()
    {
        // Was: the message quoted the field as it was, and its report line broke in two.
        var row = _workspace.ReplaceLine("membership.csv", Members2024, $"{Members2024}\"39,713\",\"千\r\n人\",{Provenance}");

        await AssertRefusedAsync($"{Csv("membership.csv")}:{row}: column printed_unit: UNKNOWN_REFERENCE: '千\\r\\n人' is not in units.csv");
    }

    [Fact]
    public async Task A_seed_file_that_is_there_but_cannot_be_read_is_reported_not_thrown()
    {
        // A link to itself: present, unreadable even for root (which permissions would not stop).
        File.Delete(_workspace.PathOf("units.csv"));
        File.CreateSymbolicLink(_workspace.PathOf("units.csv"), _workspace.PathOf("units.csv"));

        var outcome = await new WarehouseLoader(_store, TimeProvider.System).LoadAsync(_workspace.SeedDirectory);

        Assert.Equal(LoadStatus.Rejected, outcome.Status);
        var unreadable = Assert.Single(outcome.Problems, p => p.Rule == LoadRule.FileUnreadable);
        Assert.StartsWith($"{Csv("units.csv")}:0: FILE_UNREADABLE: the file cannot be read: ", unreadable.ToString());
        Assert.Equal(_published, _workspace.DataFingerprint());
    }

    [Fact]
    public void A_message_quoting_a_huge_field_keeps_its_start_and_end()
    {
        var problem = new LoadProblem("f.csv", 2, "note", LoadRule.NotANumber, $"'{new string('x', 10_000)}' is not a number\r\nnext");

        Assert.Equal(LoadProblem.MaxMessageLength + " … (10,022 characters) … ".Length, problem.Message.Length);
        Assert.StartsWith("'xxx", problem.Message);
        Assert.EndsWith("' is not a number\\r\\nnext", problem.Message);
    }

    private string Csv(string file) => _workspace.PathOf(file);

    [Fact]
    public async Task A_plan_larger_than_the_cost_model_assumes_is_OUT_OF_RANGE()
    {
        // The API's cost estimate sizes a plan's nodes by PlanBounds.MaxNodesPerPlan; a larger plan would outgrow it.
        const string plan = "seed-000/hq-basic-policy-2025"; // 86 nodes shipped
        var extra = KenpoGraph.Domain.Plans.PlanBounds.MaxNodesPerPlan + 1 - 86;
        var last = 0;
        for (var i = 1; i <= extra; i++)
        {
            last = _workspace.AppendLine("plan_nodes.csv",
                $"{plan},2025-00-BOUND-{i},2025-00-BPOL-2.4,{100 + i},ACTION,・,上限の確認 {i},Bound check {i},,,,,L21,seed-000,L21,PUBLISHED,false,");
        }

        await AssertRefusedAsync($"{Csv("plan_nodes.csv")}:{last}: column plan_document: OUT_OF_RANGE: plan '{plan}' has " +
            $"{KenpoGraph.Domain.Plans.PlanBounds.MaxNodesPerPlan + 1} nodes; a plan has at most {KenpoGraph.Domain.Plans.PlanBounds.MaxNodesPerPlan} " +
            "(the API's cost estimate sizes a plan by it)");
    }

    private async Task AssertRefusedAsync(string expected)
    {
        var outcome = await new WarehouseLoader(_store, TimeProvider.System).LoadAsync(_workspace.SeedDirectory);

        Assert.Equal(LoadStatus.Rejected, outcome.Status);
        Assert.Equal(expected, Assert.Single(outcome.Problems).ToString());
        Assert.Equal(_published, _workspace.DataFingerprint());
        Assert.Equal(1, _store.Current()!.Version.Id);
    }
}
