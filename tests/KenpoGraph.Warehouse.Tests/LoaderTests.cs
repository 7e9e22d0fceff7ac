using System.Security.Cryptography;
using System.Text;
using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;
using KenpoGraph.Warehouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Warehouse.Tests;

/// <summary>
/// `kenpograph load`: every bad-input case gives the exact report (file, row, column, rule) and leaves
/// the published warehouse byte-for-byte as it was.
/// </summary>
public sealed partial class LoaderTests : IDisposable
{
    private static readonly DateTimeOffset LoadTime = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly SeedWorkspace _workspace = new();
    private readonly SqliteWarehouseStore _store;
    private readonly WarehouseLoader _loader;

    public LoaderTests()
    {
        _store = new SqliteWarehouseStore(_workspace.DataDirectory);
        _loader = new WarehouseLoader(_store, new FixedClock(LoadTime));
    }

    public void Dispose() => _workspace.Dispose();

    private string Seed => _workspace.SeedDirectory;

    private string SeedFile(string name) => Path.Combine(Seed, name);

    [Fact]
    public async Task Loads_the_shipped_seed_and_records_a_data_version()
    {
        var outcome = await _loader.LoadAsync(Seed);

        Assert.True(outcome.Problems.Count == 0, string.Join('\n', outcome.Problems));
        Assert.Equal(LoadStatus.Published, outcome.Status);
        var snapshot = _store.Current()!;
        Assert.Equal(1, snapshot.Version.Id);
        Assert.Equal(LoadTime, snapshot.Version.LoadedAt);
        Assert.Matches("^[0-9a-f]{64}$", snapshot.Version.InputDigest);
        await using var db = snapshot.CreateContext();
        Assert.Equal(48, await db.OrgUnits.CountAsync());
        Assert.Equal(8, await db.Regions.CountAsync());
        Assert.Equal(47, await db.RegionMembers.CountAsync());
        Assert.Equal(Enumerable.Range(2015, 11), await db.FiscalYears.OrderBy(y => y.Year).Select(y => y.Year).ToListAsync());
        Assert.Equal(21_067, await db.Observations.CountAsync()); // 60 membership, 27 checkup, 18 guidance, 4 premium-rate, 1 medical-cost, 11 indicator figures; 20,946 demonstration rows
        Assert.Contains("\"fact_observation\":21067", snapshot.Version.RowCountsJson);

        // seed 004 L70/L74/L82: FY2024 national members 39,713 = insured 25,733 + dependants 13,980 (thousands)
        var fy2024 = await db.Observations.Where(o => o.OrgUnitCode == "00" && o.FiscalYear == 2024).ToDictionaryAsync(o => o.MeasureCode);
        Assert.Equal(39_713_000m, fy2024["membership.members"].Value);
        Assert.Equal("39,713", fy2024["membership.members"].PrintedValue);
        Assert.Equal("L70", fy2024["membership.members"].Locator);
        Assert.Equal(25_733_000m, fy2024["membership.insured"].Value);
        Assert.Equal(13_980_000m, fy2024["membership.dependants"].Value);
        Assert.Equal(309_015m, fy2024["membership.average_standard_monthly_remuneration"].Value);
        Assert.Equal(2_757_000m, fy2024["membership.employers"].Value);
    }

    [Fact]
    public async Task Loading_the_same_input_twice_gives_the_same_warehouse()
    {
        var first = await _loader.LoadAsync(Seed);
        var before = await DumpAsync();
        var second = await _loader.LoadAsync(Seed);

        Assert.Equal(LoadStatus.Published, first.Status);
        Assert.Equal(LoadStatus.Unchanged, second.Status);
        Assert.Equal(1, second.Version!.Id);
        Assert.Equal(1, _store.Current()!.Version.Id);

        var forced = await _loader.LoadAsync(Seed, force: true);
        Assert.Equal(LoadStatus.Published, forced.Status);
        Assert.Equal(2, _store.Current()!.Version.Id);
        Assert.Equal(first.Version!.InputDigest, forced.Version!.InputDigest);
        Assert.Equal(before, await DumpAsync());
    }

    [Fact]
    public async Task A_changed_input_publishes_a_new_version_with_a_new_digest()
    {
        var first = await _loader.LoadAsync(Seed);
        _workspace.ReplaceLine("documents.csv", "seed-004,", File.ReadAllLines(SeedFile("documents.csv"))[5].Replace("draft", "draft (checked)"));
        var second = await _loader.LoadAsync(Seed);

        Assert.Equal(LoadStatus.Published, second.Status);
        Assert.Equal(2, second.Version!.Id);
        Assert.NotEqual(first.Version!.InputDigest, second.Version.InputDigest);
    }

    [Fact]
    public async Task Unknown_branch_code()
    {
        var row = _workspace.ReplaceLine("membership.csv", "00,2015,membership.members,", "48,2015,membership.members,\"37,184\",千人,FISCAL_YEAR_END,PUBLISHED,seed-004,L70,");
        await AssertRefusedAsync(new LoadProblem(SeedFile("membership.csv"), row, "org_unit", "UNKNOWN_ORG_UNIT",
            "'48' is not an org unit code: 00 (headquarters) or a JIS prefecture code 01–47"));
    }

    [Fact]
    public async Task Duplicate_key()
    {
        var first = _workspace.ReplaceLine("membership.csv", "00,2016,membership.insured,", "00,2016,membership.insured,\"22,441\",千人,FISCAL_YEAR_END,PUBLISHED,seed-004,L74,");
        var row = _workspace.AppendLine("membership.csv", "00,2016,membership.insured,\"22,442\",千人,FISCAL_YEAR_END,PUBLISHED,seed-004,L74,");
        await AssertRefusedAsync(new LoadProblem(SeedFile("membership.csv"), row, "measure", "DUPLICATE_KEY",
            $"membership.insured of org unit 00 in FY2016 already appears at row {first}"));
    }

    [Fact]
    public async Task Negative_count()
    {
        var row = _workspace.ReplaceLine("membership.csv", "00,2017,membership.dependants,", "00,2017,membership.dependants,\"▲15,726\",千人,FISCAL_YEAR_END,PUBLISHED,seed-004,L82,");
        await AssertRefusedAsync(new LoadProblem(SeedFile("membership.csv"), row, "printed_value", "NEGATIVE_VALUE",
            "'▲15,726' is negative; membership.dependants cannot be negative"));
    }

    [Fact]
    public async Task Non_numeric_value()
    {
        var row = _workspace.ReplaceLine("membership.csv", "00,2018,membership.employers,", "00,2018,membership.employers,2.224k,千カ所,FISCAL_YEAR_END,PUBLISHED,seed-004,L90,");
        await AssertRefusedAsync(new LoadProblem(SeedFile("membership.csv"), row, "printed_value", "NOT_A_NUMBER", "'2.224k' is not a number"));
    }

    [Fact]
    public async Task Missing_required_column()
    {
        File.WriteAllText(SeedFile("membership.csv"), string.Join('\n', RemoveColumn(SeedFile("membership.csv"), "locator")) + "\n");
        await AssertRefusedAsync(new LoadProblem(SeedFile("membership.csv"), 1, "locator", "MISSING_COLUMN",
            "the header has no such column, so no row of this file can be read"));
    }

    [Fact]
    public async Task A_region_of_an_unknown_grouping_names_the_groupings_file()
    {
        var row = _workspace.AppendLine("regions.csv", "NOPE,NOWHERE,どこにも,Nowhere,99");
        await AssertRefusedAsync(new LoadProblem(SeedFile("regions.csv"), row, "grouping", "UNKNOWN_REFERENCE",
            "'NOPE' is not in region_groupings.csv"));
    }

    [Fact]
    public async Task Unknown_fiscal_year()
    {
        var row = _workspace.ReplaceLine("membership.csv", "00,2019,membership.members,", "00,2030,membership.members,\"40,460\",千人,FISCAL_YEAR_END,PUBLISHED,seed-004,L70,");
        await AssertRefusedAsync(new LoadProblem(SeedFile("membership.csv"), row, "fiscal_year", "UNKNOWN_FISCAL_YEAR",
            "2030 is not a fiscal year in fiscal_years.csv"));
    }

    [Fact]
    public async Task Text_that_is_not_valid_utf8()
    {
        var lines = File.ReadAllLines(SeedFile("org_units.csv"));
        var index = Array.FindIndex(lines, l => l.StartsWith("19,", StringComparison.Ordinal));
        var bytes = new List<byte>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = i == index ? "19,BRANCH,\u0001,Yamanashi,全国健康保険協会山梨支部,Yamanashi Branch" : lines[i];
            var encoded = Encoding.UTF8.GetBytes(line + "\n");
            // Shift_JIS bytes for 山梨 where UTF-8 is expected: what a spreadsheet export often produces.
            bytes.AddRange(i == index ? Replace(encoded, 0x01, [0x8E, 0x52, 0x97, 0x9C]) : encoded);
        }
        await File.WriteAllBytesAsync(SeedFile("org_units.csv"), bytes.ToArray());
        await AssertRefusedAsync(new LoadProblem(SeedFile("org_units.csv"), index + 1, "name_ja", "INVALID_UTF8", "the value is not valid UTF-8 text"));
    }

    [Fact]
    public async Task Reports_every_problem_not_just_the_first()
    {
        var a = _workspace.ReplaceLine("membership.csv", "00,2020,membership.members,", "48,2020,membership.members,\"40,312\",千人,FISCAL_YEAR_END,PUBLISHED,seed-004,L70,");
        var b = _workspace.ReplaceLine("membership.csv", "00,2021,membership.insured,", "00,2031,membership.insured,abc,千人,FISCAL_YEAR_END,PUBLISHED,seed-004,L74,");
        var c = _workspace.ReplaceLine("regions.csv", "STANDARD8,KANTO,", "STANDARD8,KANTO,関東,Kanto,third");

        var outcome = await _loader.LoadAsync(Seed);

        Assert.Equal(LoadStatus.Rejected, outcome.Status);
        Assert.Equal(
        [
            $"{SeedFile("regions.csv")}:{c}: column sort_order: NOT_A_NUMBER: 'third' is not a whole number",
            $"{SeedFile("membership.csv")}:{a}: column org_unit: UNKNOWN_ORG_UNIT: '48' is not an org unit code: 00 (headquarters) or a JIS prefecture code 01–47",
            $"{SeedFile("membership.csv")}:{b}: column fiscal_year: UNKNOWN_FISCAL_YEAR: 2031 is not a fiscal year in fiscal_years.csv",
            $"{SeedFile("membership.csv")}:{b}: column printed_value: NOT_A_NUMBER: 'abc' is not a number",
        ], outcome.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task Names_files_the_way_the_user_named_the_folder()
    {
        _workspace.ReplaceLine("membership.csv", "00,2015,membership.members,", "48,2015,membership.members,\"37,184\",千人,FISCAL_YEAR_END,PUBLISHED,seed-004,L70,");
        var outcome = await _loader.LoadAsync(Seed, displayDirectory: "db/seed");
        Assert.StartsWith("db/seed/membership.csv:", Assert.Single(outcome.Problems).ToString());
    }

    [Fact]
    public async Task Refuses_an_unknown_file_a_missing_file_and_an_incomplete_branch_list()
    {
        File.Move(SeedFile("units.csv"), SeedFile("unit.csv"));
        _workspace.ReplaceLine("org_units.csv", "47,", "");

        var outcome = await _loader.LoadAsync(Seed);

        Assert.Contains(outcome.Problems, p => p.Rule == LoadRule.UnknownFile && p.File == SeedFile("unit.csv"));
        Assert.Contains(outcome.Problems, p => p.Rule == LoadRule.FileMissing && p.File == SeedFile("units.csv"));
        Assert.Contains(outcome.Problems, p => p.Rule == LoadRule.Incomplete && p.Message.EndsWith("missing: 47", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refuses_a_unit_that_does_not_fit_the_measure()
    {
        var row = _workspace.ReplaceLine("membership.csv", "00,2022,membership.members,", "00,2022,membership.members,\"39,457\",千円,FISCAL_YEAR_END,PUBLISHED,seed-004,L70,");
        await AssertRefusedAsync(new LoadProblem(SeedFile("membership.csv"), row, "printed_unit", "UNIT_MISMATCH", "'千円' measures 円; membership.members is in 人"));
    }

    [Fact]
    public async Task A_publication_that_fails_half_way_leaves_the_current_version_and_no_partial_file()
    {
        await _loader.LoadAsync(Seed);
        var before = Fingerprint();
        // Occupy the next version's file name with a folder, so the final rename fails after the file was written.
        Directory.CreateDirectory(Path.Combine(_workspace.DataDirectory, "versions", "kenpograph-v000002.db"));
        var fingerprintWithBlocker = Fingerprint();

        await Assert.ThrowsAnyAsync<IOException>(() => _loader.LoadAsync(Seed, force: true));

        Assert.Equal(fingerprintWithBlocker, Fingerprint());
        Assert.Equal(before, fingerprintWithBlocker);
        Assert.Equal(1, _store.Current()!.Version.Id);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_workspace.DataDirectory, "versions"), "*.partial"));
    }

    [Fact]
    public async Task Demonstration_rows_load_from_their_own_optional_file_and_never_replace_a_published_figure()
    {
        const string header = "org_unit,fiscal_year,measure,printed_value,printed_unit,basis,quality,document,locator,note\n";
        File.WriteAllText(SeedFile("demo_checkups.csv"), header +
            "20,2024,checkup.lifestyle.target,120000,人,FISCAL_YEAR_END,DEMO,demo,generator,\n" +
            "19,2024,checkup.lifestyle.examinees,70000,件,PERIOD,DEMO,demo,generator,\n" +
            "21,2024,checkup.lifestyle.target,90000,人,FISCAL_YEAR_END,PUBLISHED,demo,generator,\n");
        var published = File.ReadAllLines(SeedFile("checkups.csv")).ToList().FindIndex(l => l.StartsWith("19,2024,checkup.lifestyle.examinees,", StringComparison.Ordinal)) + 1;

        var outcome = await _loader.LoadAsync(Seed);

        Assert.Equal(
        [
            $"{SeedFile("demo_checkups.csv")}:3: column measure: DUPLICATE_KEY: checkup.lifestyle.examinees of org unit 19 in FY2024 already appears at checkups.csv row {published}",
            $"{SeedFile("demo_checkups.csv")}:4: column quality: INVALID_CODE: demo_checkups.csv holds demonstration data only: quality must be DEMO",
        ], outcome.Problems.Select(p => p.ToString()));

        File.WriteAllText(SeedFile("demo_checkups.csv"), header + "20,2024,checkup.lifestyle.target,120000,人,FISCAL_YEAR_END,DEMO,demo,generator,\n");
        Assert.Equal(LoadStatus.Published, (await _loader.LoadAsync(Seed)).Status);
        await using var db = _store.Current()!.CreateContext();
        Assert.Equal(Domain.Provenance.Quality.Demo, (await db.Observations.SingleAsync(o => o.OrgUnitCode == "20" && o.MeasureCode == "checkup.lifestyle.target")).Quality);
    }

    [Fact]
    public async Task Refuses_demonstration_rows_among_the_figures_from_the_sources()
    {
        var row = _workspace.AppendLine("guidance.csv", "20,2024,guidance.insured.eligible,5000,人,PERIOD,DEMO,demo,generator,");
        await AssertRefusedAsync(new LoadProblem(SeedFile("guidance.csv"), row, "quality", "INVALID_CODE",
            "demonstration rows belong in demo_guidance.csv, not with the figures from the sources"));
    }

    /// <summary>Loads a good version, then the broken input: the report must be exactly this, and nothing may change.</summary>
    private async Task AssertRefusedAsync(params LoadProblem[] expected)
    {
        var good = new WarehouseLoader(_store, new FixedClock(LoadTime));
        var goodSeed = new SeedWorkspace();
        try
        {
            Assert.Equal(LoadStatus.Published, (await good.LoadAsync(goodSeed.SeedDirectory)).Status);
        }
        finally
        {
            goodSeed.Dispose();
        }
        var before = Fingerprint();

        var outcome = await _loader.LoadAsync(Seed);

        Assert.Equal(LoadStatus.Rejected, outcome.Status);
        Assert.Null(outcome.Version);
        Assert.Equal(expected, outcome.Problems);
        Assert.Equal(before, Fingerprint());
        Assert.Equal(1, _store.Current()!.Version.Id);
    }

    private string Fingerprint() => _workspace.DataFingerprint();

    private async Task<string> DumpAsync()
    {
        await using var db = _store.Current()!.CreateContext();
        var rows = new List<string>();
        rows.AddRange((await db.OrgUnits.ToListAsync()).Select(x => $"{x.Code}|{x.Kind}|{x.NameJa}|{x.NameEn}|{x.OfficialNameJa}|{x.OfficialNameEn}"));
        rows.AddRange((await db.Regions.ToListAsync()).Select(x => $"{x.Code}|{x.GroupingCode}|{x.NameJa}|{x.SortOrder}"));
        rows.AddRange((await db.RegionMembers.ToListAsync()).Select(x => $"{x.GroupingCode}|{x.OrgUnitCode}|{x.RegionCode}"));
        rows.AddRange((await db.FiscalYears.ToListAsync()).Select(x => $"{x.Year}|{x.WarekiLabel}"));
        rows.AddRange((await db.Documents.ToListAsync()).Select(x => $"{x.Code}|{x.TitleJa}|{x.Note}"));
        rows.AddRange((await db.Measures.ToListAsync()).Select(x => $"{x.Code}|{x.Aggregation}|{x.WeightCode}"));
        rows.AddRange((await db.Observations.ToListAsync()).Select(x => $"{x.OrgUnitCode}|{x.FiscalYear}|{x.MeasureCode}|{x.Value}|{x.PrintedValue}|{x.Quality}|{x.Locator}"));
        rows.Sort(StringComparer.Ordinal);
        return string.Join('\n', rows);
    }

    private static IEnumerable<string> RemoveColumn(string path, string column)
    {
        var csv = Csv.CsvDocument.Parse(File.ReadAllBytes(path));
        var index = csv.Records[0].Fields.Select(f => f.Text).ToList().IndexOf(column);
        return csv.Records.Select(r => string.Join(',', r.Fields.Where((_, i) => i != index).Select(f => Quote(f.Text))));
    }

    private static string Quote(string text) => text.Contains(',') || text.Contains('"') ? $"\"{text.Replace("\"", "\"\"")}\"" : text;

    private static IEnumerable<byte> Replace(byte[] bytes, byte marker, byte[] replacement) =>
        bytes.SelectMany(b => b == marker ? replacement : [b]);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
