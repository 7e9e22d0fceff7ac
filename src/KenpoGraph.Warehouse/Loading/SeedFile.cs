using KenpoGraph.Warehouse.Csv;

namespace KenpoGraph.Warehouse.Loading;

/// <summary>One seed file: its expected columns, its bytes (for the digest) and its rows.</summary>
internal sealed class SeedFile
{
    private SeedFile(string name, string displayPath, List<LoadProblem> problems)
    {
        Name = name;
        DisplayPath = displayPath;
        Problems = problems;
    }

    public string Name { get; }

    /// <summary>The path as the user named the seed folder, so messages point at a file they can open.</summary>
    public string DisplayPath { get; }

    public List<LoadProblem> Problems { get; }

    public IReadOnlyList<SeedRow> Rows { get; private set; } = [];

    public byte[] Bytes { get; private set; } = [];

    /// <summary>Forgets the rows once they have all been read (problems already reported stay in <see cref="Problems"/>).</summary>
    public void ReleaseRows() => Rows = [];

    /// <summary>
    /// Reads the file and checks its header: every column in <paramref name="columns"/> must be present
    /// (otherwise no row of the file can be read) and no other column may appear (a misspelt optional
    /// column would otherwise be silently ignored).
    /// </summary>
    public static SeedFile Read(string directory, string displayDirectory, string name, IReadOnlyList<SeedColumn> columns,
        List<LoadProblem> problems)
    {
        var file = new SeedFile(name, Path.Combine(displayDirectory, name), problems);
        var path = Path.Combine(directory, name);
        if (!System.IO.File.Exists(path))
        {
            problems.Add(new LoadProblem(file.DisplayPath, 0, null, LoadRule.FileMissing, "the file is required and does not exist"));
            return file;
        }
        try
        {
            file.Bytes = System.IO.File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A file that is there but cannot be read (permissions, a broken link) is the input's problem, reported like
            // any other, not an exception out of the loader.
            problems.Add(new LoadProblem(file.DisplayPath, 0, null, LoadRule.FileUnreadable, $"the file cannot be read: {exception.Message}"));
            return file;
        }
        var csv = CsvDocument.Parse(file.Bytes);
        foreach (var error in csv.SyntaxErrors)
        {
            problems.Add(new LoadProblem(file.DisplayPath, error.Line, null, LoadRule.MalformedCsv, error.Message));
        }
        if (csv.Records.Count == 0)
        {
            problems.Add(new LoadProblem(file.DisplayPath, 1, null, LoadRule.MissingColumn, "the file has no header row"));
            return file;
        }

        var header = csv.Records[0];
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var title = header.Fields[i].Text.Trim();
            if (!columns.Any(c => c.Name == title))
            {
                problems.Add(new LoadProblem(file.DisplayPath, header.Line, title, LoadRule.UnknownColumn,
                    $"the file has a column '{title}' that is not one of {string.Join(", ", columns.Select(c => c.Name))}"));
            }
            else if (!positions.TryAdd(title, i))
            {
                problems.Add(new LoadProblem(file.DisplayPath, header.Line, title, LoadRule.DuplicateKey, "the column appears twice in the header"));
            }
        }
        var missing = columns.Where(c => c.Required && !positions.ContainsKey(c.Name)).ToArray();
        foreach (var column in missing)
        {
            problems.Add(new LoadProblem(file.DisplayPath, header.Line, column.Name, LoadRule.MissingColumn,
                "the header has no such column, so no row of this file can be read"));
        }
        if (missing.Length > 0)
        {
            return file;
        }

        // Optional columns that are absent read as empty: they are mapped past the end of every record.
        var absent = columns.Where(c => !positions.ContainsKey(c.Name)).ToArray();
        for (var i = 0; i < absent.Length; i++)
        {
            positions[absent[i].Name] = header.Fields.Count + i;
        }
        CsvField[] padding = [.. absent.Select(_ => new CsvField(string.Empty, IsValidUtf8: true))];

        var rows = new List<SeedRow>(csv.Records.Count - 1);
        foreach (var record in csv.Records.Skip(1))
        {
            if (record.Fields.Count != header.Fields.Count)
            {
                problems.Add(new LoadProblem(file.DisplayPath, record.Line, null, LoadRule.MalformedCsv,
                    $"the row has {record.Fields.Count} fields and the header has {header.Fields.Count}"));
                continue;
            }
            var padded = padding.Length == 0 ? record : record with { Fields = [.. record.Fields, .. padding] };
            rows.Add(new SeedRow(file, padded, positions));
        }
        file.Rows = rows;
        return file;
    }
}

/// <summary>A column a seed file must (or may) have.</summary>
internal sealed record SeedColumn(string Name, bool Required = true)
{
    public static SeedColumn Optional(string name) => new(name, Required: false);
}
