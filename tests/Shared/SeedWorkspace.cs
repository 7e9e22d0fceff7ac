using System.Text;

namespace KenpoGraph.Testing;

/// <summary>
/// A private copy of the shipped seed folder and an empty data directory, so a test can break one
/// file and load it without touching the repository or another test's warehouse.
/// </summary>
internal sealed class SeedWorkspace : IDisposable
{
    public SeedWorkspace()
    {
        Root = Directory.CreateTempSubdirectory("kenpograph-test-").FullName;
        SeedDirectory = Path.Combine(Root, "seed");
        DataDirectory = Path.Combine(Root, "data");
        Directory.CreateDirectory(SeedDirectory);
        foreach (var file in Directory.EnumerateFiles(RepositorySeedDirectory, "*.csv"))
        {
            File.Copy(file, Path.Combine(SeedDirectory, Path.GetFileName(file)));
        }
    }

    public string Root { get; }

    public string SeedDirectory { get; }

    public string DataDirectory { get; }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string RepositorySeedDirectory => Path.Combine(RepositoryRoot, "db", "seed");

    public string PathOf(string file) => Path.Combine(SeedDirectory, file);

    /// <summary>Removes the optional demo_*.csv files: a valid seed a fifth the size, for tests that load many times.</summary>
    public SeedWorkspace WithoutDemonstrationData()
    {
        foreach (var file in Directory.EnumerateFiles(SeedDirectory, "demo_*.csv"))
        {
            File.Delete(file);
        }
        return this;
    }

    /// <summary>Replaces the one line that starts with <paramref name="lineStart"/>; returns its 1-based line number.</summary>
    public int ReplaceLine(string file, string lineStart, string replacement)
    {
        var lines = File.ReadAllLines(PathOf(file), Encoding.UTF8).ToList();
        var index = lines.FindIndex(l => l.StartsWith(lineStart, StringComparison.Ordinal));
        if (index < 0 || lines.FindLastIndex(l => l.StartsWith(lineStart, StringComparison.Ordinal)) != index)
        {
            throw new InvalidOperationException($"Expected exactly one line starting with '{lineStart}' in {file}.");
        }
        lines[index] = replacement;
        File.WriteAllText(PathOf(file), string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return index + 1;
    }

    /// <summary>Appends a line; returns its 1-based line number.</summary>
    public int AppendLine(string file, string line)
    {
        var lines = File.ReadAllLines(PathOf(file), Encoding.UTF8).Where(l => l.Length > 0).ToList();
        lines.Add(line);
        File.WriteAllText(PathOf(file), string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return lines.Count;
    }

    public string Line(string file, int number) => File.ReadAllLines(PathOf(file), Encoding.UTF8)[number - 1];

    /// <summary>
    /// Every file of the data directory with its SHA-256 (reports aside, which every load writes): proves that
    /// nothing was written, renamed or left behind in the warehouse.
    /// </summary>
    public string DataFingerprint() => !Directory.Exists(DataDirectory) ? "" : string.Join('\n',
        Directory.EnumerateFiles(DataDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(DataDirectory, f))
            .Where(f => !f.StartsWith("reports" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => $"{f} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(DataDirectory, f))))}"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A pooled SQLite handle may still be closing; the temp folder is cleaned by the OS.
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KenpoGraph.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("KenpoGraph.sln not found above the test binaries.");
    }
}
