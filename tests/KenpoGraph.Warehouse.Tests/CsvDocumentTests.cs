using System.Text;
using KenpoGraph.Warehouse.Csv;

namespace KenpoGraph.Warehouse.Tests;

public sealed class CsvDocumentTests
{
    private static CsvDocument Parse(string text) => CsvDocument.Parse(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Reads_quoted_fields_with_commas_quotes_and_newlines_and_keeps_record_lines()
    {
        var csv = Parse("a,b\n\"1,234\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\r\nlast,row");
        Assert.Empty(csv.SyntaxErrors);
        Assert.Equal([1, 2, 3, 5], csv.Records.Select(r => r.Line));
        Assert.Equal(["1,234", "say \"hi\""], csv.Records[1].Fields.Select(f => f.Text));
        Assert.Equal("two\nlines", csv.Records[2].Fields[0].Text);
        Assert.Equal(["last", "row"], csv.Records[3].Fields.Select(f => f.Text));
    }

    [Fact]
    public void Skips_a_byte_order_mark_and_blank_lines()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("a\n\n1\n")).ToArray();
        var csv = CsvDocument.Parse(bytes);
        Assert.Equal(["a", "1"], csv.Records.Select(r => r.Fields[0].Text));
        Assert.Equal(3, csv.Records[1].Line);
    }

    [Fact]
    public void Marks_only_the_field_whose_bytes_are_not_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b\n山梨,x").Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("y\n")).ToArray();
        var record = CsvDocument.Parse(bytes).Records[1];
        Assert.True(record.Fields[0].IsValidUtf8);
        Assert.Equal("山梨", record.Fields[0].Text);
        Assert.False(record.Fields[1].IsValidUtf8);
    }

    [Fact]
    public void Reports_an_unclosed_quote_with_the_line_it_starts_on()
    {
        var csv = Parse("a,b\n1,2\n\"open,3\n4,5\n");
        Assert.Equal(new CsvSyntaxError(3, "a quoted field is not closed before the end of the file"), Assert.Single(csv.SyntaxErrors));
    }

    [Fact]
    public void Reports_text_after_a_closing_quote()
    {
        var csv = Parse("a,b\n\"x\"y,2\n");
        Assert.Equal(new CsvSyntaxError(2, "a closing quote must be followed by a comma or the end of the line"), Assert.Single(csv.SyntaxErrors));
    }
}
