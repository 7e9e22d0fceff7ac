using KenpoGraph.Domain;
using KenpoGraph.Domain.Incentives;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Warehouse.Loading;

/// <summary>Incentive scheme versions, their parameters and indicators, and the ranks the sources publish.</summary>
public sealed class IncentiveSet
{
    public required IReadOnlyList<IncentiveSchemeRow> Schemes { get; init; }
    public required IReadOnlyList<IncentiveSchemeParameter> Parameters { get; init; }
    public required IReadOnlyList<IncentiveSchemeIndicator> Indicators { get; init; }
    public required IReadOnlyList<IncentivePublishedRank> PublishedRanks { get; init; }

    public IEnumerable<KeyValuePair<string, int>> RowCounts =>
    [
        new("dim_incentive_scheme", Schemes.Count), new("dim_incentive_scheme_parameter", Parameters.Count),
        new("dim_incentive_scheme_indicator", Indicators.Count), new("fact_incentive_published_rank", PublishedRanks.Count),
    ];
}

/// <summary>
/// Reads the incentive files (db/seed/README.md "Incentive system"). Each scheme version is built with the
/// domain's <see cref="IncentiveSchemeParameters"/> at load time, so a version the engine could not run
/// never reaches the warehouse. Published ranks are rows like any fact: more of them need no code.
/// </summary>
internal static class IncentiveSeedReader
{
    public static IReadOnlyList<string> Files { get; } =
        [SeedFiles.IncentiveSchemes, SeedFiles.IncentiveSchemeParameters, SeedFiles.IncentiveSchemeIndicators, SeedFiles.IncentivePublishedRanks];

    public static (IncentiveSet Set, IReadOnlyList<SeedFile> Files) Read(Func<string, SeedColumn[], SeedFile> open,
        Dictionary<string, OrgUnit> orgUnits, SortedDictionary<int, FiscalYearRow> years, Dictionary<string, SourceDocument> documents,
        Dictionary<string, Measure> measures)
    {
        var schemeFile = open(SeedFiles.IncentiveSchemes, [new("code"), new("first_results_year"), SeedColumn.Optional("last_results_year"),
            SeedColumn.Optional("name_ja"), new("name_en"), .. SourcedRow.Columns]);
        var parameterFile = open(SeedFiles.IncentiveSchemeParameters, [new("scheme"), new("parameter"), new("value"), new("basis"),
            SeedColumn.Optional("document"), SeedColumn.Optional("locator"), SeedColumn.Optional("note")]);
        var indicatorFile = open(SeedFiles.IncentiveSchemeIndicators, [new("scheme"), new("number"), new("measure"), new("name_ja"),
            new("document"), new("locator"), new("scores_improvement"), new("scores_improvement_basis"), SeedColumn.Optional("note")]);
        var rankFile = open(SeedFiles.IncentivePublishedRanks, [new("results_year"), new("org_unit"), SeedColumn.Optional("indicator"), new("rank"),
            .. SourcedRow.Columns]);

        var schemes = ReadSchemes(schemeFile, years, documents);
        var parameters = ReadParameters(parameterFile, schemes, documents);
        var indicators = ReadIndicators(indicatorFile, schemes, measures, documents);
        BuildEachScheme(schemes, parameters, indicators);
        var ranks = ReadPublishedRanks(rankFile, orgUnits, years, documents);
        var set = new IncentiveSet
        {
            Schemes = [.. schemes.Values.Select(s => s.Scheme)], Parameters = [.. parameters.Select(p => p.Parameter)],
            Indicators = [.. indicators.Select(i => i.Indicator)], PublishedRanks = ranks,
        };
        return (set, [schemeFile, parameterFile, indicatorFile, rankFile]);
    }

    private sealed record ReadScheme(SeedRow Row, IncentiveSchemeRow Scheme);

    private sealed record ReadParameter(SeedRow Row, IncentiveSchemeParameter Parameter);

    private sealed record ReadIndicator(SeedRow Row, IncentiveSchemeIndicator Indicator);

    private static Dictionary<string, ReadScheme> ReadSchemes(SeedFile file, SortedDictionary<int, FiscalYearRow> years,
        Dictionary<string, SourceDocument> documents)
    {
        var result = new Dictionary<string, ReadScheme>(StringComparer.Ordinal);
        var keys = new KeyIndex<string>();
        foreach (var row in file.Rows)
        {
            var code = row.Text("code");
            var first = SeedReader.FiscalYearOf(row, "first_results_year", years);
            var last = row.Text("last_results_year", required: false) is null ? null : SeedReader.FiscalYearOf(row, "last_results_year", years);
            var nameEn = row.Text("name_en");
            var source = row.Source(documents);
            if (first is not null && last is not null && last.Year < first.Year)
            {
                row.Problem("last_results_year", LoadRule.Inconsistent, $"FY{last.Year} is before the first results year FY{first.Year}");
                continue;
            }
            if (code is null || !keys.Add(code, row, "code", $"incentive scheme '{code}'") || first is null || nameEn is null || source is null)
            {
                continue;
            }
            var overlapping = result.Values.FirstOrDefault(other => first.Year <= (other.Scheme.LastResultsYear ?? int.MaxValue)
                && other.Scheme.FirstResultsYear <= (last?.Year ?? int.MaxValue));
            if (overlapping is not null)
            {
                row.Problem("first_results_year", LoadRule.Inconsistent,
                    $"its results years overlap scheme '{overlapping.Scheme.Code}' (row {overlapping.Row.Line}): one results year has one scheme");
                continue;
            }
            result[code] = new ReadScheme(row, new IncentiveSchemeRow
            {
                Code = code, FirstResultsYear = first.Year, LastResultsYear = last?.Year, NameJa = row.Text("name_ja", required: false), NameEn = nameEn,
                DocumentCode = source.DocumentCode, Locator = source.Locator, Quality = source.Quality, Uncertain = source.Uncertain, Note = source.Note,
            });
        }
        return result;
    }

    private static List<ReadParameter> ReadParameters(SeedFile file, Dictionary<string, ReadScheme> schemes, Dictionary<string, SourceDocument> documents)
    {
        var result = new List<ReadParameter>();
        var keys = new KeyIndex<(string, string)>();
        foreach (var row in file.Rows)
        {
            var scheme = SeedReader.Reference(row, "scheme", schemes, SeedFiles.IncentiveSchemes);
            var name = row.Text("parameter");
            var value = row.Text("value");
            var basis = row.Code<ParameterBasis>("basis");
            var document = row.Text("document", required: false) is null ? null : SeedReader.Reference(row, "document", documents, SeedFiles.Documents);
            var locator = row.Text("locator", required: false);
            var note = row.Text("note", required: false);
            if (name is not null && !IncentiveSchemeParameters.Names.Contains(name))
            {
                row.Problem("parameter", LoadRule.InvalidCode, $"'{name}' is not a scheme parameter: {string.Join(", ", IncentiveSchemeParameters.Names)}");
                continue;
            }
            if (basis == ParameterBasis.Source && (document is null || locator is null))
            {
                row.Problem(document is null ? "document" : "locator", LoadRule.RequiredValue, "a SOURCE parameter names the document and the lines that state it");
                continue;
            }
            if (basis is ParameterBasis.Assumption or ParameterBasis.PublicPage && note is null)
            {
                row.Problem("note", LoadRule.RequiredValue, $"a parameter marked {EnumCode.Of(basis.Value)} explains itself in the note");
                continue;
            }
            if (scheme is null || name is null || value is null || basis is null
                || !keys.Add((scheme.Scheme.Code, name), row, "parameter", $"parameter '{name}' of scheme '{scheme.Scheme.Code}'"))
            {
                continue;
            }
            result.Add(new ReadParameter(row, new IncentiveSchemeParameter
            {
                SchemeCode = scheme.Scheme.Code, Name = name, Value = value, Basis = basis.Value, DocumentCode = document?.Code, Locator = locator, Note = note,
            }));
        }
        return result;
    }

    private static List<ReadIndicator> ReadIndicators(SeedFile file, Dictionary<string, ReadScheme> schemes, Dictionary<string, Measure> measures,
        Dictionary<string, SourceDocument> documents)
    {
        var result = new List<ReadIndicator>();
        var keys = new KeyIndex<(string, int)>();
        foreach (var row in file.Rows)
        {
            var scheme = SeedReader.Reference(row, "scheme", schemes, SeedFiles.IncentiveSchemes);
            var number = row.Integer("number");
            var measure = SeedReader.Reference(row, "measure", measures, SeedFiles.Measures);
            var nameJa = row.Text("name_ja");
            var document = SeedReader.Reference(row, "document", documents, SeedFiles.Documents);
            var locator = row.Text("locator");
            var scoresImprovement = row.Boolean("scores_improvement");
            var basis = row.Code<ParameterBasis>("scores_improvement_basis");
            if (number is < 1 or > 9)
            {
                row.Problem("number", LoadRule.InvalidCode, $"{number} is not an indicator number (1–9, printed ①–⑨)");
                continue;
            }
            if (scheme is null || number is null || measure is null || nameJa is null || document is null || locator is null || scoresImprovement is null
                || basis is null || !keys.Add((scheme.Scheme.Code, number.Value), row, "number", $"indicator {number} of scheme '{scheme.Scheme.Code}'"))
            {
                continue;
            }
            result.Add(new ReadIndicator(row, new IncentiveSchemeIndicator
            {
                SchemeCode = scheme.Scheme.Code, Number = number.Value, MeasureCode = measure.Code, NameJa = nameJa, DocumentCode = document.Code,
                Locator = locator, ScoresImprovement = scoresImprovement.Value, ScoresImprovementBasis = basis.Value, Note = row.Text("note", required: false),
            }));
        }
        return result;
    }

    /// <summary>Every scheme must build into one the engine can run: each missing or wrong parameter is reported where it belongs.</summary>
    private static void BuildEachScheme(Dictionary<string, ReadScheme> schemes, List<ReadParameter> parameters, List<ReadIndicator> indicators)
    {
        foreach (var scheme in schemes.Values)
        {
            var own = parameters.Where(p => p.Parameter.SchemeCode == scheme.Scheme.Code).ToDictionary(p => p.Parameter.Name, StringComparer.Ordinal);
            var rules = indicators.Where(i => i.Indicator.SchemeCode == scheme.Scheme.Code).Select(i => i.Indicator.ToRule()).ToArray();
            var (_, problems) = IncentiveSchemeParameters.Build(scheme.Scheme.Code, scheme.Scheme.FirstResultsYear, scheme.Scheme.LastResultsYear, rules,
                own.ToDictionary(p => p.Key, p => p.Value.Parameter.Value, StringComparer.Ordinal));
            foreach (var (parameter, message) in problems)
            {
                if (own.TryGetValue(parameter, out var row))
                {
                    row.Row.Problem("value", LoadRule.Inconsistent, message);
                }
                else
                {
                    scheme.Row.Problem("code", LoadRule.Incomplete, message);
                }
            }
        }
    }

    private static List<IncentivePublishedRank> ReadPublishedRanks(SeedFile file, Dictionary<string, OrgUnit> orgUnits,
        SortedDictionary<int, FiscalYearRow> years, Dictionary<string, SourceDocument> documents)
    {
        var result = new List<IncentivePublishedRank>();
        var keys = new KeyIndex<(int, string, int)>();
        foreach (var row in file.Rows)
        {
            var year = SeedReader.FiscalYearOf(row, "results_year", years);
            var orgUnit = SeedReader.OrgUnitOf(row, "org_unit", orgUnits);
            var indicator = row.OptionalInteger("indicator");
            var rank = row.Integer("rank");
            var source = row.Source(documents);
            if (orgUnit is not null && orgUnit.Code == "00")
            {
                row.Problem("org_unit", LoadRule.Inconsistent, "the headquarters is not ranked: a published rank belongs to a branch (01–47)");
                continue;
            }
            if (indicator is < 1 or > 9)
            {
                row.Problem("indicator", LoadRule.InvalidCode, $"{indicator} is not an indicator number (1–9); leave it empty for the overall rank");
                continue;
            }
            if (rank is < 1 or > 47)
            {
                row.Problem("rank", LoadRule.Inconsistent, $"{rank} is not a rank among the 47 branches");
                continue;
            }
            if (source is { Quality: Quality.Demo })
            {
                row.Problem("quality", LoadRule.InvalidCode, "a published rank is PUBLISHED (a seed prints it) or PUBLIC_PAGE (a public page does), never DEMO");
                continue;
            }
            if (source is not null && !SourcedRows.LocatesItsQuality(source.Quality, source.Locator))
            {
                row.Problem("locator", LoadRule.Inconsistent, SourcedRows.PublicPageLocatorMessage(source.Locator));
                continue;
            }
            var slot = indicator ?? IncentivePublishedRank.Overall;
            if (year is null || orgUnit is null || rank is null || source is null
                || !keys.Add((year.Year, orgUnit.Code, slot), row, "indicator",
                    $"the FY{year.Year} {(indicator is null ? "overall rank" : $"indicator {indicator} rank")} of branch {orgUnit.Code}"))
            {
                continue;
            }
            result.Add(new IncentivePublishedRank
            {
                ResultsYear = year.Year, OrgUnitCode = orgUnit.Code, Indicator = slot, Rank = rank.Value, DocumentCode = source.DocumentCode,
                Locator = source.Locator, Quality = source.Quality, Uncertain = source.Uncertain, Note = source.Note,
            });
        }
        return result;
    }
}
