using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KenpoGraph.Testing;

namespace KenpoGraph.Api.Tests.Docs;

/// <summary>
/// The pages a user reads (README.md, CONTRIBUTING.md, docs/*.md) and the examples in them, found by the convention
/// CONTRIBUTING.md "Docs" describes:
/// <list type="bullet">
/// <item>a <c>```graphql</c> block is a query; the next fenced block must be its answer, a <c>```json</c> block
/// (the whole response: <c>data</c>, <c>errors</c>, <c>extensions</c>). Words after <c>graphql</c> set the request:
/// <c>scopes=Kenpo.Read,Kenpo.Finance.Read</c> and <c>branches=19</c> send a development token (as
/// <c>kenpograph token</c> mints it), <c>status=400</c> the expected HTTP status (default 200), <c>decimals=string</c> sends
/// <c>KenpoGraph-Decimals: string</c>, <c>accept=text/csv</c> asks
/// for a CSV, printed in a <c>```csv</c> block (its lines after the byte-order mark; a last line <c>…</c> stands for the
/// rows after the printed ones). <c>```json excerpt</c>
/// compares only what is printed: properties left out and list elements after the printed ones are not compared;</item>
/// <item>a <c>```console</c> block is a session: <c>$ kenpograph …</c> commands, <c>$ echo '…' &gt;&gt; db/seed/FILE</c>,
/// <c>$ sed -i 's/^START.*/LINE/' db/seed/FILE</c> and <c>$ echo $?</c>, each followed by what it prints, where <c>…</c> stands for any text within a line and a line
/// of its own <c>…</c> for any number of lines.</item>
/// </list>
/// Blocks of any other language (<c>bash</c>, <c>text</c>, <c>csharp</c>) are illustrations, not examples.
/// </summary>
internal static partial class DocsPages
{
    /// <summary>Repository-relative paths of every page, README first.</summary>
    public static IReadOnlyList<string> All { get; } = Find();

    public static IReadOnlyList<FencedBlock> Blocks(string page)
    {
        var lines = File.ReadAllLines(Path.Combine(SeedWorkspace.RepositoryRoot, page), Encoding.UTF8);
        var blocks = new List<FencedBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            var opening = lines[i].TrimStart();
            if (!opening.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }
            var indent = lines[i].Length - opening.Length;
            var info = opening[3..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var body = new List<string>();
            var start = i + 1;
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                body.Add(lines[i].Length >= indent ? lines[i][indent..] : lines[i].TrimStart());
            }
            Assert.True(i < lines.Length, $"{page}:{start}: the fenced block is never closed");
            blocks.Add(new FencedBlock(page, start, info.FirstOrDefault() ?? "", info.Skip(1).ToArray(), string.Join('\n', body)));
        }
        return blocks;
    }

    /// <summary>Every query example with its printed answer; a query without one fails here.</summary>
    public static IReadOnlyList<QueryExample> QueryExamples() => All.SelectMany(page =>
    {
        var blocks = Blocks(page);
        return blocks.Select((block, index) => (block, index)).Where(b => b.block.Language == "graphql").Select(b =>
        {
            var answer = b.index + 1 < blocks.Count ? blocks[b.index + 1] : null;
            var printedAs = b.block.Option("accept") == "text/csv" ? "csv" : "json";
            Assert.True(answer?.Language == printedAs,
                $"{page}:{b.block.Line}: a ```graphql block must be followed by its printed answer, a ```{printedAs} block (use ```text for a query that is not an example)");
            return new QueryExample(b.block, answer!);
        });
    }).ToArray();

    /// <summary>Every ```console session.</summary>
    public static IReadOnlyList<FencedBlock> CommandExamples() =>
        All.SelectMany(Blocks).Where(b => b.Language == "console").ToArray();

    /// <summary>
    /// Null when <paramref name="actual"/> is what <paramref name="printed"/> says (exactly, or in an excerpt only what is
    /// printed), else the first difference as a JSON path.
    /// </summary>
    public static string? Difference(JsonElement printed, JsonElement actual, bool excerpt, string path = "$")
    {
        if (printed.ValueKind != actual.ValueKind && !(printed.ValueKind is JsonValueKind.True or JsonValueKind.False
            && actual.ValueKind is JsonValueKind.True or JsonValueKind.False))
        {
            return $"{path}: printed {printed.GetRawText()}, answered {actual.GetRawText()}";
        }
        switch (printed.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in printed.EnumerateObject())
                {
                    if (!actual.TryGetProperty(property.Name, out var value))
                    {
                        return $"{path}.{property.Name}: printed, but not in the answer";
                    }
                    if (Difference(property.Value, value, excerpt, $"{path}.{property.Name}") is { } inner)
                    {
                        return inner;
                    }
                }
                var extra = excerpt ? null : actual.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !printed.TryGetProperty(n, out _));
                if (extra is not null)
                {
                    return $"{path}.{extra}: in the answer, but not printed (print it, or mark the block ```json excerpt)";
                }
                return null;
            case JsonValueKind.Array:
                var printedItems = printed.EnumerateArray().ToArray();
                var actualItems = actual.EnumerateArray().ToArray();
                if (printedItems.Length > actualItems.Length || (!excerpt && printedItems.Length != actualItems.Length))
                {
                    return $"{path}: {printedItems.Length} element(s) printed, {actualItems.Length} answered";
                }
                for (var i = 0; i < printedItems.Length; i++)
                {
                    if (Difference(printedItems[i], actualItems[i], excerpt, $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }
                return null;
            default:
                return JsonElement.DeepEquals(printed, actual) ? null : $"{path}: printed {printed.GetRawText()}, answered {actual.GetRawText()}";
        }
    }

    /// <summary>
    /// Null when <paramref name="actual"/> (a command's output) matches the printed lines, where <c>…</c> is any text within
    /// a line and a line of its own <c>…</c> any number of lines; else what differs.
    /// </summary>
    public static string? OutputDifference(IReadOnlyList<string> printed, string actual)
    {
        var pattern = new StringBuilder("^");
        foreach (var line in printed)
        {
            pattern.Append(line.Trim() == "…"
                ? "(?:[^\n]*\n)*?"
                : string.Join("[^\n]*?", line.Split('…').Select(Regex.Escape)) + "\n");
        }
        pattern.Append('$');
        var text = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            text += "\n";
        }
        return Regex.IsMatch(text, pattern.ToString(), RegexOptions.None, TimeSpan.FromSeconds(10))
            ? null
            : $"printed:\n{string.Join('\n', printed)}\n--- but the command printed:\n{text}";
    }

    /// <summary>
    /// Null when <paramref name="body"/> (a CSV answer) is the printed table: a UTF-8 byte-order mark, then the printed lines
    /// each ended by CRLF; a last printed line <c>…</c> stands for any further rows. Else what differs.
    /// </summary>
    public static string? CsvDifference(string printed, byte[] body)
    {
        if (!body.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]))
        {
            return $"the answer does not start with a UTF-8 byte-order mark: {Encoding.UTF8.GetString(body)}";
        }
        var text = Encoding.UTF8.GetString(body, 3, body.Length - 3);
        if (!text.EndsWith("\r\n", StringComparison.Ordinal))
        {
            return "the answer's last line does not end with CRLF";
        }
        var lines = text[..^2].Split("\r\n");
        var expected = printed.Split('\n');
        var more = expected[^1].Trim() == "…";
        var rows = more ? expected[..^1] : expected;
        if (more ? lines.Length < rows.Length : lines.Length != rows.Length)
        {
            return $"{rows.Length} line(s) printed{(more ? " and more" : "")}, {lines.Length} answered:\n{text}";
        }
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i] != lines[i])
            {
                return $"line {i + 1}: printed\n{rows[i]}\nanswered\n{lines[i]}";
            }
        }
        return null;
    }

    /// <summary>Splits a command line the way a POSIX shell does for plain words, '…' and "…".</summary>
    public static IReadOnlyList<string> Words(string commandLine)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < commandLine.Length; i++)
        {
            var c = commandLine[i];
            if (c is '\'' or '"')
            {
                var end = commandLine.IndexOf(c, i + 1);
                Assert.True(end > i, $"unclosed quote in: {commandLine}");
                word.Append(commandLine, i + 1, end - i - 1);
                i = end;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }
        if (inWord)
        {
            words.Add(word.ToString());
        }
        return words;
    }

    private static string[] Find()
    {
        var root = SeedWorkspace.RepositoryRoot;
        var docs = Directory.Exists(Path.Combine(root, "docs"))
            ? Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f))
            : [];
        return ["README.md", .. File.Exists(Path.Combine(root, "CONTRIBUTING.md")) ? ["CONTRIBUTING.md"] : Array.Empty<string>(),
            .. docs.Select(d => d.Replace('\\', '/')).Order(StringComparer.Ordinal)];
    }
}

/// <summary>A fenced code block: the 1-based line of its opening fence, its language, the words after it, its text.</summary>
internal sealed record FencedBlock(string Page, int Line, string Language, IReadOnlyList<string> Options, string Text)
{
    public string? Option(string name) =>
        Options.Select(o => o.Split('=', 2)).FirstOrDefault(o => o[0] == name) is { } found ? (found.Length > 1 ? found[1] : "") : null;

    public override string ToString() => $"{Page}:{Line}";
}

/// <summary>A ```graphql block and the ```json block that prints its answer.</summary>
internal sealed record QueryExample(FencedBlock Query, FencedBlock Answer)
{
    public bool Excerpt => Answer.Options.Contains("excerpt");
}
