using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Csv;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Storage;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace KenpoGraph.Warehouse.Tests.Reliability;

/// <summary>
/// Mutated seed folders (<see cref="SeedMutations"/>) through the real loader, seeded and reproducible. For every
/// case: no exception escapes; a refused load reports every problem precisely (a file of the folder, a row within
/// it, a rule from the documented list, a one-line message, as <c>file:row: column X: RULE: message</c>) and leaves
/// the data directory byte for byte as it was; an accepted one publishes a complete, readable version.
/// </summary>
/// <remarks>KENPOGRAPH_FUZZ_SEED and KENPOGRAPH_LOADER_FUZZ_CASES change the seed and the number of cases.</remarks>
public sealed partial class LoaderFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int DefaultSeed = 20_250_909;
    private const int DefaultCases = 150;
    private const int DefaultCsvCases = 5_000;

    private static readonly IReadOnlySet<string> Rules = typeof(LoadRule).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

    // The shipped seed without its demonstration rows: every rule and file, a fifth of the reading time.
    private readonly SeedWorkspace _workspace = new SeedWorkspace().WithoutDemonstrationData();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Mutated_seed_files_get_a_precise_report_never_an_exception_nor_a_partial_write()
    {
        var seed = Setting("KENPOGRAPH_FUZZ_SEED", DefaultSeed);
        var cases = Setting("KENPOGRAPH_LOADER_FUZZ_CASES", DefaultCases);
        // One previous version kept: the fingerprint hashes every file of the data directory twice a case.
        var store = new SqliteWarehouseStore(_workspace.DataDirectory, keepPreviousVersions: 1);
        var loader = new WarehouseLoader(store, TimeProvider.System);
        Assert.Equal(LoadStatus.Published, (await loader.LoadAsync(_workspace.SeedDirectory)).Status);
        var pristine = Directory.EnumerateFiles(_workspace.SeedDirectory, "*.csv").ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var rules = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        var watch = Stopwatch.StartNew();
        var before = _workspace.DataFingerprint();

        for (var n = 0; n < cases; n++)
        {
            var mutation = SeedMutations.Next(new Random(unchecked(seed * 1_000_003 + n)), pristine);
            var current = store.Current()!.Version.Id;
            Apply(mutation);
            string? problem;
            try
            {
                var outcome = await loader.LoadAsync(_workspace.SeedDirectory);
                outcomes[outcome.Status.ToString()] = outcomes.GetValueOrDefault(outcome.Status.ToString()) + 1;
                foreach (var reported in outcome.Problems)
                {
                    rules[reported.Rule] = rules.GetValueOrDefault(reported.Rule) + 1;
                }
                problem = outcome.Status switch
                {
                    LoadStatus.Rejected => Imprecise(outcome.Problems, mutation) ?? Changed(before, current, store),
                    LoadStatus.Unchanged => Changed(before, current, store),
                    _ => await UnreadableAsync(store, current + 1),
                };
                if (outcome.Status == LoadStatus.Published)
                {
                    before = _workspace.DataFingerprint();
                }
            }
            catch (Exception exception)
            {
                problem = $"{exception.GetType().Name} escaped: {exception.Message}";
            }
            finally
            {
                Restore(mutation, pristine);
            }
            if (problem is not null)
            {
                failures.Add($"case {n} (seed {seed}) {mutation.Describe()}: {problem}");
            }
        }

        output.WriteLine($"loader fuzz: {cases} cases tried, seed {seed}, {failures.Count} failed, {watch.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine($"outcomes: {string.Join(", ", outcomes.Select(o => $"{o.Key}: {o.Value}"))}");
        output.WriteLine($"rules reported: {string.Join(", ", rules.Select(r => $"{r.Key}: {r.Value}"))}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases failed:\n{string.Join("\n", failures.Take(10))}");
        Assert.True(outcomes.GetValueOrDefault(nameof(LoadStatus.Rejected)) > cases / 2, "most mutations must be refused, or the mutations are too gentle to mean much");
    }

    [Fact]
    public void Mutated_CSV_bytes_parse_into_records_or_syntax_errors_never_an_exception()
    {
        // The layer under every file, at thousands of cases a second: any bytes at all.
        var seed = Setting("KENPOGRAPH_FUZZ_SEED", DefaultSeed);
        var cases = Setting("KENPOGRAPH_CSV_FUZZ_CASES", DefaultCsvCases);
        var samples = Directory.EnumerateFiles(_workspace.SeedDirectory, "*.csv").Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        var records = 0L;
        var errors = 0L;
        for (var n = 0; n < cases; n++)
        {
            var mutation = SeedMutations.Next(new Random(unchecked(seed * 7_000_003 + n)), samples);
            var bytes = mutation.Bytes ?? [];
            CsvDocument document;
            try
            {
                document = CsvDocument.Parse(bytes);
            }
            catch (Exception exception)
            {
                Assert.Fail($"case {n} (seed {seed}) {mutation.Describe()}: {exception.GetType().Name} escaped: {exception.Message}");
                return;
            }
            var lines = bytes.Count(b => b == (byte)'\n') + 1;
            Assert.All(document.Records, r => Assert.InRange(r.Line, 1, lines));
            Assert.All(document.SyntaxErrors, e => Assert.InRange(e.Line, 1, lines));
            records += document.Records.Count;
            errors += document.SyntaxErrors.Count;
        }
        output.WriteLine($"CSV fuzz: {cases} cases tried, seed {seed}, {records:N0} records and {errors:N0} syntax errors read");
    }

    /// <summary>What is imprecise about a refused load's report, or null.</summary>
    private string? Imprecise(IReadOnlyList<LoadProblem> problems, SeedMutation mutation)
    {
        if (problems.Count == 0)
        {
            return "refused without a problem";
        }
        foreach (var problem in problems)
        {
            var inFolder = problem.File == _workspace.SeedDirectory
                || (Path.GetDirectoryName(problem.File) == _workspace.SeedDirectory && problem.File.EndsWith(".csv", StringComparison.Ordinal));
            var path = Path.Combine(_workspace.SeedDirectory, Path.GetFileName(problem.File));
            var lines = File.Exists(path) ? File.ReadAllBytes(path).Count(b => b == (byte)'\n') + 1 : 1;
            if (!inFolder)
            {
                return $"the report names a file outside the seed folder: {problem}";
            }
            if (problem.Row < 0 || problem.Row > lines)
            {
                return $"row {problem.Row} of a file of {lines} lines: {problem}";
            }
            if (!Rules.Contains(problem.Rule))
            {
                return $"rule {problem.Rule} is not in LoadRule: {problem}";
            }
            if (string.IsNullOrWhiteSpace(problem.Message) || problem.Message.Contains('\n') || problem.Message.Contains('\r'))
            {
                return $"a message that is empty or not one line: {Shorten(problem.ToString())}";
            }
            if (!ReportLine().IsMatch(Shorten(problem.ToString())))
            {
                return $"not a 'file:row: column X: RULE: message' line: {Shorten(problem.ToString())}";
            }
        }
        return null;
    }

    /// <summary>What changed in the data directory (a refused or unchanged load writes nothing), or null.</summary>
    private string? Changed(string before, int current, SqliteWarehouseStore store) =>
        _workspace.DataFingerprint() != before ? "the data directory changed although nothing was published"
        : store.Current()?.Version.Id != current ? "the current version changed although nothing was published"
        : null;

    /// <summary>An accepted input must be served whole: the new version is current and every table reads.</summary>
    private static async Task<string?> UnreadableAsync(SqliteWarehouseStore store, int expected)
    {
        var snapshot = store.Current();
        if (snapshot?.Version.Id != expected)
        {
            return $"published, but the current version is {snapshot?.Version.Id} instead of {expected}";
        }
        await using var db = snapshot.CreateContext();
        return await db.OrgUnits.CountAsync() == 48 ? null : "published a version without its 48 org units";
    }

    private void Apply(SeedMutation mutation)
    {
        var path = _workspace.PathOf(mutation.File);
        if (mutation.Bytes is null)
        {
            File.Delete(path);
        }
        else
        {
            File.WriteAllBytes(path, mutation.Bytes);
        }
    }

    private void Restore(SeedMutation mutation, IReadOnlyDictionary<string, byte[]> pristine) =>
        File.WriteAllBytes(_workspace.PathOf(mutation.File), pristine[mutation.File]);

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    [GeneratedRegex(@"^/.+\.csv:[0-9]+: (column [^:]+: )?[A-Z][A-Z0-9_]*: .+|^/[^:]+:0: [A-Z][A-Z0-9_]*: .+")]
    private static partial Regex ReportLine();
}
