using KenpoGraph.Domain.Organisation;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.DemoData.Figures;

/// <summary>
/// The published figures the generator starts from and the figures it has generated so far. A published
/// figure always wins: generating a key that is published is a bug and throws, and <see cref="Value"/>
/// reads the published figure where there is one.
/// </summary>
internal sealed class FigureBook
{
    private readonly Dictionary<(string OrgUnit, int Year, string Measure), decimal> _published = [];
    private readonly Dictionary<(string OrgUnit, int Year, string Measure), decimal> _generatedValues = [];
    private readonly List<DemoFigure> _generated = [];

    public FigureBook(IEnumerable<Observation> published)
    {
        foreach (var observation in published)
        {
            _published.Add((observation.OrgUnitCode, observation.FiscalYear, observation.MeasureCode), observation.Value);
        }
    }

    /// <summary>Generated figures in the order they were made (the writer sorts them).</summary>
    public IReadOnlyList<DemoFigure> Generated => _generated;

    public decimal? National(string measure, int year) => Published(OrgUnitCode.HeadquartersCode, measure, year);

    public decimal? Published(string orgUnit, string measure, int year) =>
        _published.TryGetValue((orgUnit, year, measure), out var value) ? value : null;

    public bool IsPublished(string orgUnit, string measure, int year) => _published.ContainsKey((orgUnit, year, measure));

    /// <summary>The branch's figure: published if the sources print it, else generated.</summary>
    public decimal Value(string orgUnit, string measure, int year) =>
        Published(orgUnit, measure, year)
        ?? (_generatedValues.TryGetValue((orgUnit, year, measure), out var value)
            ? value
            : throw new InvalidOperationException($"{measure} of {orgUnit} in FY{year} is neither published nor generated yet"));

    public long Count(string orgUnit, string measure, int year) => (long)Value(orgUnit, measure, year);

    /// <summary>Adds a generated figure unless the sources publish this key (then the published one stays).</summary>
    public void AddUnlessPublished(string orgUnit, string measure, int year, decimal value, ValueBasis basis, int decimals = 0)
    {
        if (IsPublished(orgUnit, measure, year))
        {
            return;
        }
        if (!_generatedValues.TryAdd((orgUnit, year, measure), value))
        {
            throw new InvalidOperationException($"{measure} of {orgUnit} in FY{year} was generated twice");
        }
        _generated.Add(new DemoFigure(orgUnit, year, measure, value, decimals, basis));
    }
}
