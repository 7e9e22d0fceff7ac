using KenpoGraph.Domain.Provenance;
using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Diffing;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;
using KenpoGraph.Warehouse.Storage;

namespace KenpoGraph.Warehouse.Tests.Diffing;

/// <summary>What `kenpograph load --dry-run` and `kenpograph diff` report: rows per table and org unit, national figures that move.</summary>
public sealed class WarehouseDiffTests : IDisposable
{
    private readonly SeedWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task A_published_version_compared_with_the_input_it_was_loaded_from_has_no_changes()
    {
        // The round trip through SQLite (decimals as text, codes through converters) must not look like a change.
        _workspace.WithoutDemonstrationData();
        var seeds = Read(_workspace);
        var store = new SqliteWarehouseStore(_workspace.DataDirectory);
        await store.PublishAsync(seeds, DateTimeOffset.UnixEpoch, progress: null, CancellationToken.None);

        await using var db = store.Current()!.CreateContext();
        var changes = WarehouseDiff.Compare(await WarehouseContents.ReadAsync(db, CancellationToken.None), WarehouseContents.Of(seeds));

        Assert.True(changes.IsEmpty, ChangeSummary.Of(changes, "the published version", "its input"));
        Assert.Empty(changes.NationalFigures);
        Assert.Equal(WarehouseContents.Model.GetEntityTypes().Count() - 1, changes.Tables.Count);
    }

    [Fact]
    public void A_changed_figure_is_reported_with_its_row_its_org_unit_and_the_national_figures_it_moves()
    {
        var before = WarehouseContents.Of(Read(_workspace));
        _workspace.ReplaceLine("membership.csv", "00,2024,membership.members,",
            "00,2024,membership.members,\"39,714\",千人,FISCAL_YEAR_END,PUBLISHED,seed-004,L70,label 加入者数 at L95; matched via headline L106");
        _workspace.ReplaceLine("demo_membership.csv", "19,2024,membership.insured,",
            "19,2024,membership.insured,179583,人,FISCAL_YEAR_END,DEMO,demo,generator v2 seed 20241,");
        _workspace.ReplaceLine("org_units.csv", "19,", "19,BRANCH,山梨,Yamanashi (renamed),全国健康保険協会山梨支部,Yamanashi Branch");

        var changes = WarehouseDiff.Compare(before, WarehouseContents.Of(Read(_workspace)));

        Assert.Equal(["dim_org_unit", "fact_observation", "fact_rollup"], changes.Tables.Where(t => !t.IsEmpty).Select(t => t.Table));
        var orgUnits = changes.Tables.Single(t => t.Table == "dim_org_unit");
        Assert.Equal(new OrgUnitChanges("19", 0, 1, 0), Assert.Single(orgUnits.ByOrgUnit));
        Assert.Equal(new ColumnChange("name_en", "Yamanashi", "Yamanashi (renamed)"), Assert.Single(Assert.Single(orgUnits.Examples).Columns));

        var observations = changes.Tables.Single(t => t.Table == "fact_observation");
        Assert.Equal((0, 2, 0), (observations.Added, observations.Changed, observations.Removed));
        Assert.Equal([new OrgUnitChanges("00", 0, 1, 0), new OrgUnitChanges("19", 0, 1, 0)], observations.ByOrgUnit);
        var members = observations.Examples.Single(e => e.Key == "00|2024|membership.members");
        Assert.Equal([new ColumnChange("printed_value", "39,713", "39,714"), new ColumnChange("value", "39713000", "39714000")], members.Columns);

        // Yamanashi's insured move its own roll-up, the region's (中部, CHUBU) and the nation's, and the insured-weighted remuneration with them.
        var rollups = changes.Tables.Single(t => t.Table == "fact_rollup");
        Assert.Equal(["00", "19", "CHUBU"], rollups.ByOrgUnit.Select(u => u.OrgUnit));
        Assert.Equal(
        [
            new NationalFigureChange("membership.average_standard_monthly_remuneration", 2024, NationalFigureSource.NationalRollup,
                changes.NationalFigures[0].Before, changes.NationalFigures[0].After),
            new NationalFigureChange("membership.insured", 2024, NationalFigureSource.NationalRollup, 25_733_000m, 25_734_000m),
            new NationalFigureChange("membership.members", 2024, NationalFigureSource.Headquarters, 39_713_000m, 39_714_000m),
        ], changes.NationalFigures);
        Assert.True(changes.NationalFigures[0].After < changes.NationalFigures[0].Before, "more insured at Yamanashi's lower remuneration lower the mean");
    }

    [Fact]
    public void Removed_rows_are_counted_per_org_unit_and_come_back_as_added_the_other_way_round()
    {
        var before = WarehouseContents.Of(Read(_workspace));
        var lines = File.ReadAllLines(_workspace.PathOf("membership.csv")).Where(l => !l.StartsWith("00,2015,membership.members,", StringComparison.Ordinal));
        File.WriteAllLines(_workspace.PathOf("membership.csv"), lines);
        var after = WarehouseContents.Of(Read(_workspace));

        var removed = WarehouseDiff.Compare(before, after);
        var added = WarehouseDiff.Compare(after, before);

        var observations = removed.Tables.Single(t => t.Table == "fact_observation");
        Assert.Equal((0, 0, 1), (observations.Added, observations.Changed, observations.Removed));
        Assert.Equal(new RowChange(RowChangeKind.Removed, "00|2015|membership.members", []), Assert.Single(observations.Examples));
        Assert.Equal(new NationalFigureChange("membership.members", 2015, NationalFigureSource.Headquarters, 37_184_000m, null),
            Assert.Single(removed.NationalFigures));
        var readded = added.Tables.Single(t => t.Table == "fact_observation");
        Assert.Equal((1, 0, 0), (readded.Added, readded.Changed, readded.Removed));
        Assert.Equal(new OrgUnitChanges("00", 1, 0, 0), Assert.Single(readded.ByOrgUnit));
        Assert.Equal(new NationalFigureChange("membership.members", 2015, NationalFigureSource.Headquarters, null, 37_184_000m),
            Assert.Single(added.NationalFigures));
    }

    [Fact]
    public void Decimals_are_compared_at_their_columns_scale()
    {
        // fact_observation.value is decimal(28,6): SQL Server keeps 1.0000004 as 1.000000, so it is not a change.
        var changes = WarehouseDiff.Compare(Observations(1.000000m, 5m), Observations(1.0000004m, 5.000001m));

        var observations = changes.Tables.Single(t => t.Table == "fact_observation");
        Assert.Equal(1, observations.Changed);
        Assert.Equal(new ColumnChange("value", "5", "5.000001"), Assert.Single(Assert.Single(observations.Examples).Columns));
    }

    [Fact]
    public void The_summary_says_what_changed_in_a_few_lines()
    {
        var before = WarehouseContents.Of(Read(_workspace));
        _workspace.ReplaceLine("org_units.csv", "19,", "19,BRANCH,山梨,Yamanashi (renamed),全国健康保険協会山梨支部,Yamanashi Branch");
        var changes = WarehouseDiff.Compare(before, WarehouseContents.Of(Read(_workspace)));

        Assert.Equal(
            """
            Changes from data version 1 to the input:
              table           added  changed  removed  by org unit (+added ~changed -removed)
              dim_org_unit        0        1        0  19 ~1
                  ~ 19: name_en Yamanashi → Yamanashi (renamed)
              (22 other table(s) unchanged)
            No national figure moves.

            """.ReplaceLineEndings("\n"),
            ChangeSummary.Of(changes, "data version 1", "the input"));
        Assert.Equal("No changes from data version 1 to data version 2: every table holds the same rows.\n",
            ChangeSummary.Of(WarehouseDiff.Compare(before, before), "data version 1", "data version 2"));
    }

    [Fact]
    public void Every_table_of_the_model_is_compared()
    {
        // A table added to the model (and written by the loader) must be in SeedSet.RowsByEntity, or a dry run would not see its changes.
        var seeds = Read(_workspace);
        var modelTables = WarehouseContents.Model.GetEntityTypes().Select(e => e.ClrType).Where(t => t != typeof(DataVersion)).OrderBy(t => t.Name);
        Assert.Equal(modelTables, seeds.RowsByEntity.Keys.OrderBy(t => t.Name));
        Assert.Equal(seeds.RowCounts.Values.Sum(), seeds.RowsByEntity.Values.Sum(rows => rows.Count));
    }

    private static SeedSet Read(SeedWorkspace workspace)
    {
        var reading = SeedReader.Read(workspace.SeedDirectory);
        Assert.True(reading.IsValid, string.Join('\n', reading.Problems));
        return reading.Seeds!;
    }

    private static WarehouseContents Observations(params decimal[] values) => new(new Dictionary<Type, IReadOnlyList<object>>
    {
        [typeof(Observation)] = values.Select((value, i) => (object)new Observation
        {
            OrgUnitCode = "19", FiscalYear = 2015 + i, MeasureCode = "membership.insured", Value = value, PrintedValue = "1", PrintedUnit = "人",
            Basis = ValueBasis.FiscalYearEnd, Quality = Quality.Demo, DocumentCode = "demo", Locator = "generator",
        }).ToArray(),
    });
}
