using System.Globalization;
using System.Text;
using KenpoGraph.DemoData.Figures;
using KenpoGraph.Domain;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.DemoData.Output;

/// <summary>
/// Renders generated figures as the demo_ fact files: the columns of membership.csv, rows sorted by
/// (org_unit, fiscal_year, measure), plain invariant numbers in the measure's base unit, LF line ends,
/// UTF-8 without a byte-order mark.
/// </summary>
internal static class DemoCsvWriter
{
    public const string Header = "org_unit,fiscal_year,measure,printed_value,printed_unit,basis,quality,document,locator,note";
    public const string Document = "demo";

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>File name → content, one file per subject of the catalogue, in file-name order.</summary>
    public static SortedDictionary<string, string> Render(IEnumerable<DemoFigure> figures, IReadOnlyList<Measure> catalogue, string locator)
    {
        var measures = catalogue.ToDictionary(m => m.Code, StringComparer.Ordinal);
        var files = new SortedDictionary<string, StringBuilder>(StringComparer.Ordinal);
        foreach (var subject in catalogue.Select(m => m.Subject).Distinct())
        {
            files[SeedReader.DemoFileBySubject[subject]] = new StringBuilder(Header).Append('\n');
        }
        var sorted = figures
            .OrderBy(f => f.OrgUnit, StringComparer.Ordinal)
            .ThenBy(f => f.FiscalYear)
            .ThenBy(f => f.Measure, StringComparer.Ordinal);
        foreach (var figure in sorted)
        {
            var measure = measures[figure.Measure];
            files[SeedReader.DemoFileBySubject[measure.Subject]]
                .Append(figure.OrgUnit).Append(',')
                .Append(figure.FiscalYear.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(figure.Measure).Append(',')
                .Append(figure.Value.ToString("F" + figure.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)).Append(',')
                .Append(measure.Unit).Append(',')
                .Append(EnumCode.Of(figure.Basis)).Append(",DEMO,")
                .Append(Document).Append(',')
                .Append(locator).Append(",\n");
        }
        return new SortedDictionary<string, string>(files.ToDictionary(f => f.Key, f => f.Value.ToString()), StringComparer.Ordinal);
    }

    public static void Write(string directory, IReadOnlyDictionary<string, string> files)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, content) in files)
        {
            File.WriteAllText(Path.Combine(directory, name), content, Utf8WithoutBom);
        }
    }
}
