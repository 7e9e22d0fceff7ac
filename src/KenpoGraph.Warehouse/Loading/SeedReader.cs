using System.Security.Cryptography;
using KenpoGraph.Domain.Measures;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Domain.Time;
using KenpoGraph.Warehouse.Model;
using KenpoGraph.Warehouse.Rollups;

namespace KenpoGraph.Warehouse.Loading;

/// <summary>The result of reading a seed folder: either a complete, valid set or every problem found.</summary>
public sealed record SeedReading(SeedSet? Seeds, IReadOnlyList<LoadProblem> Problems)
{
    public bool IsValid => Seeds is not null;
}

/// <summary>
/// Reads and validates a seed folder (format: db/seed/README.md). Every file is read and every row
/// checked before anything is written, and every problem is reported, not just the first.
/// A dimension row whose key is valid stays known even when another of its fields is wrong, so one bad
/// name does not cascade into "unknown reference" reports on every row that points at it; such a set
/// is never written, because any problem refuses the whole load.
/// </summary>
public static class SeedReader
{
    /// <summary>
    /// Fact files, each holding observations of one subject's measures: figures from the sources
    /// (PUBLISHED or DERIVED) in `subject.csv`, and the generator's demonstration rows (DEMO only) in the
    /// optional `demo_subject.csv`, so that real branch figures load without them.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> SourceFactFiles = new Dictionary<string, string>
    {
        [SeedFiles.Membership] = "MEMBERSHIP",
        [SeedFiles.MedicalCosts] = "MEDICAL_COST",
        [SeedFiles.Checkups] = "CHECKUP",
        [SeedFiles.Guidance] = "GUIDANCE",
        [SeedFiles.IncentiveIndicators] = "INCENTIVE",
        [SeedFiles.PremiumRates] = "PREMIUM",
        [SeedFiles.BranchFinance] = "FINANCE",
    };

    public const string DemoPrefix = "demo_";

    private static readonly IReadOnlyDictionary<string, string> DemoFactFiles =
        SourceFactFiles.ToDictionary(f => DemoPrefix + f.Key, f => f.Value);

    private static readonly SeedColumn[] FactColumns =
    [
        new("org_unit"), new("fiscal_year"), new("measure"), new("printed_value"), new("printed_unit"),
        new("basis"), new("quality"), new("document"), new("locator"), SeedColumn.Optional("note"),
    ];

    private static readonly IReadOnlyList<string> DimensionFiles =
    [
        SeedFiles.RegionGroupings, SeedFiles.Regions, SeedFiles.OrgUnits, SeedFiles.RegionMembers, SeedFiles.FiscalYears,
        SeedFiles.Documents, SeedFiles.Units, SeedFiles.Measures,
    ];

    /// <summary>Every file a seed folder must hold, in the order they are read and digested.</summary>
    public static IReadOnlyList<string> Files { get; } = [.. DimensionFiles, .. SourceFactFiles.Keys, .. PlanningSeedReader.Files, .. IncentiveSeedReader.Files];

    /// <summary>Files a seed folder may hold besides <see cref="Files"/>.</summary>
    public static IReadOnlyList<string> OptionalFiles { get; } = [.. DemoFactFiles.Keys];

    /// <summary>The demonstration file of each subject's measures (MEMBERSHIP → demo_membership.csv), for the generator.</summary>
    public static IReadOnlyDictionary<string, string> DemoFileBySubject { get; } = DemoFactFiles.ToDictionary(f => f.Value, f => f.Key, StringComparer.Ordinal);

    /// <param name="directory">The seed folder.</param>
    /// <param name="displayDirectory">How messages name the folder (as the user typed it).</param>
    /// <param name="includeDemo">False: ignore the demo_ files (the generator reads the published figures only).</param>
    /// <param name="progress">Told after each file is read (<see cref="LoadPhase.Reading"/>, files done of files to read).</param>
    public static SeedReading Read(string directory, string? displayDirectory = null, bool includeDemo = true,
        IProgress<LoadProgress>? progress = null)
    {
        displayDirectory ??= directory;
        var problems = new List<LoadProblem>();
        if (!Directory.Exists(directory))
        {
            problems.Add(new LoadProblem(displayDirectory, 0, null, LoadRule.FileMissing, "the seed folder does not exist"));
            return new SeedReading(null, problems);
        }
        foreach (var unknown in Directory.EnumerateFiles(directory, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (!Files.Contains(unknown!) && !OptionalFiles.Contains(unknown!))
            {
                problems.Add(new LoadProblem(Path.Combine(displayDirectory, unknown!), 0, null, LoadRule.UnknownFile,
                    $"the loader does not know this file; expected files are {string.Join(", ", Files)} and optionally {string.Join(", ", OptionalFiles)}"));
            }
        }

        var demoFiles = includeDemo ? DemoFactFiles.Keys.Where(name => File.Exists(Path.Combine(directory, name))).ToArray() : [];
        var filesRead = 0;
        SeedFile Open(string name, params SeedColumn[] columns)
        {
            var file = SeedFile.Read(directory, displayDirectory, name, columns, problems);
            progress?.Report(new LoadProgress(LoadPhase.Reading, ++filesRead, Files.Count + demoFiles.Length, name));
            return file;
        }

        var groupingFile = Open(SeedFiles.RegionGroupings, new("code"), new("name_ja"), new("name_en"), new("is_default"));
        var regionFile = Open(SeedFiles.Regions, new("grouping"), new("code"), new("name_ja"), new("name_en"), new("sort_order"));
        var orgUnitFile = Open(SeedFiles.OrgUnits, new("code"), new("kind"), new("name_ja"), new("name_en"), new("official_name_ja"), new("official_name_en"));
        var memberFile = Open(SeedFiles.RegionMembers, new("grouping"), new("region"), new("org_unit"));
        var yearFile = Open(SeedFiles.FiscalYears, new SeedColumn("fiscal_year"));
        var documentFile = Open(SeedFiles.Documents, new("code"), new("file_name"), new("org_unit"), new("fiscal_year"), new("kind"),
            new("title_ja"), new("title_en"), new("locator"), SeedColumn.Optional("note"));
        var unitFile = Open(SeedFiles.Units, new("code"), new("base_unit"), new("factor"), new("name_en"));
        var measureFile = Open(SeedFiles.Measures, new("code"), new("subject"), new("name_ja"), new("name_en"), new("unit"), new("aggregation"),
            SeedColumn.Optional("numerator"), SeedColumn.Optional("denominator"), SeedColumn.Optional("weight"), SeedColumn.Optional("scale"),
            new("non_negative"), new("description_en"));
        var factFiles = SourceFactFiles.Keys.Concat(demoFiles).Select(name => Open(name, FactColumns)).ToArray();

        var groupings = ReadGroupings(groupingFile);
        var regions = ReadRegions(regionFile, groupings);
        var orgUnits = ReadOrgUnits(orgUnitFile);
        var members = ReadRegionMembers(memberFile, groupings, regions, orgUnits);
        var years = ReadFiscalYears(yearFile);
        var documents = ReadDocuments(documentFile, orgUnits, years);
        var units = ReadUnits(unitFile);
        var measures = ReadMeasures(measureFile, units);
        var observationKeys = new KeyIndex<(string, int, string)>();
        var observations = factFiles.SelectMany(file => ReadObservations(file, observationKeys, orgUnits, years, measures, units, documents)).ToList();
        // The fact files' parsed fields (ten strings a row) are the largest thing a load holds, and every row has been
        // read: let them go now rather than carry them through the roll-ups, the comparison and the writing (peak
        // memory, and the garbage collector marks less). Their bytes stay, for the digest.
        foreach (var file in factFiles)
        {
            file.ReleaseRows();
        }
        var planning = PlanningSeedReader.Read((name, columns) => Open(name, columns), problems, orgUnits, years, documents, units);
        var incentives = IncentiveSeedReader.Read((name, columns) => Open(name, columns), orgUnits, years, documents, measures);

        if (problems.Count > 0)
        {
            return new SeedReading(null, problems);
        }
        var rollups = RollupMaterialiser.Build([.. orgUnits.Values], members, [.. years.Values], [.. measures.Values], observations,
            (measure, year) => measureFile.Rows.First(r => r.Text("code") == measure.Code).Problem("aggregation", LoadRule.OutOfRange,
                $"rolling up {measure.Code} for FY{year} goes beyond the largest number a decimal holds: its figures, their weights or its scale are far too large"));
        if (problems.Count > 0)
        {
            return new SeedReading(null, problems);
        }
        var digest = Digest([groupingFile, regionFile, orgUnitFile, memberFile, yearFile, documentFile, unitFile, measureFile, .. factFiles, .. planning.Files, .. incentives.Files]);
        return new SeedReading(new SeedSet
        {
            RegionGroupings = [.. groupings.Values],
            Regions = [.. regions.Values],
            OrgUnits = [.. orgUnits.Values],
            RegionMembers = members,
            FiscalYears = [.. years.Values],
            Documents = [.. documents.Values],
            Units = [.. units.Values],
            Measures = [.. measures.Values],
            Observations = observations,
            Rollups = rollups,
            InputDigest = digest,
            Planning = planning.Set,
            Incentives = incentives.Set,
        }, problems);
    }

    private static Dictionary<string, RegionGrouping> ReadGroupings(SeedFile file)
    {
        var result = new Dictionary<string, RegionGrouping>(StringComparer.Ordinal);
        var keys = new KeyIndex<string>();
        foreach (var row in file.Rows)
        {
            var code = row.Text("code");
            var nameJa = row.Text("name_ja");
            var nameEn = row.Text("name_en");
            var isDefault = row.Boolean("is_default");
            if (code is null || !keys.Add(code, row, "code", $"grouping '{code}'"))
            {
                continue;
            }
            result[code] = new RegionGrouping { Code = code, NameJa = nameJa ?? "", NameEn = nameEn ?? "", IsDefault = isDefault ?? false };
        }
        if (file.Rows.Count > 0 && file.Problems.Count == 0 && result.Values.Count(g => g.IsDefault) != 1)
        {
            file.Problems.Add(new LoadProblem(file.DisplayPath, 1, "is_default", LoadRule.Incomplete,
                "exactly one grouping must be the default (is_default = true)"));
        }
        return result;
    }

    private static Dictionary<string, Region> ReadRegions(SeedFile file, Dictionary<string, RegionGrouping> groupings)
    {
        var result = new Dictionary<string, Region>(StringComparer.Ordinal);
        var keys = new KeyIndex<string>();
        foreach (var row in file.Rows)
        {
            var grouping = Reference(row, "grouping", groupings, SeedFiles.RegionGroupings);
            var code = row.Text("code");
            var nameJa = row.Text("name_ja");
            var nameEn = row.Text("name_en");
            var sortOrder = row.Integer("sort_order");
            if (code is null || !keys.Add(code, row, "code", $"region '{code}'") || grouping is null)
            {
                continue;
            }
            result[code] = new Region { Code = code, GroupingCode = grouping.Code, NameJa = nameJa ?? "", NameEn = nameEn ?? "", SortOrder = sortOrder ?? 0 };
        }
        return result;
    }

    private static Dictionary<string, OrgUnit> ReadOrgUnits(SeedFile file)
    {
        var result = new Dictionary<string, OrgUnit>(StringComparer.Ordinal);
        var keys = new KeyIndex<string>();
        foreach (var row in file.Rows)
        {
            var code = OrgUnitCodeOf(row, "code");
            var kind = row.Code<OrgUnitKind>("kind");
            var nameJa = row.Text("name_ja");
            var nameEn = row.Text("name_en");
            var officialJa = row.Text("official_name_ja");
            var officialEn = row.Text("official_name_en");
            if (code is null || !keys.Add(code.Value.Value, row, "code", $"org unit '{code}'"))
            {
                continue;
            }
            if (kind is not null && kind != code.Value.Kind)
            {
                row.Problem("kind", LoadRule.InvalidCode, $"org unit {code} is a {EnumCodeOf(code.Value.Kind)}, not a {EnumCodeOf(kind.Value)}");
            }
            result[code.Value.Value] = new OrgUnit
            {
                Code = code.Value.Value, Kind = code.Value.Kind, NameJa = nameJa ?? "", NameEn = nameEn ?? "",
                OfficialNameJa = officialJa ?? "", OfficialNameEn = officialEn ?? "",
            };
        }
        var expected = OrgUnitCode.Branches.Prepend(OrgUnitCode.Headquarters).Select(c => c.Value);
        var absent = expected.Where(c => !keys.Contains(c)).ToArray();
        if (file.Rows.Count > 0 && absent.Length > 0)
        {
            file.Problems.Add(new LoadProblem(file.DisplayPath, 1, "code", LoadRule.Incomplete,
                $"the headquarters (00) and all 47 branches must be listed; missing: {string.Join(", ", absent)}"));
        }
        return result;
    }

    private static List<RegionMember> ReadRegionMembers(SeedFile file, Dictionary<string, RegionGrouping> groupings,
        Dictionary<string, Region> regions, Dictionary<string, OrgUnit> orgUnits)
    {
        var result = new List<RegionMember>();
        var keys = new KeyIndex<(string, string)>();
        foreach (var row in file.Rows)
        {
            var grouping = Reference(row, "grouping", groupings, SeedFiles.RegionGroupings);
            var region = Reference(row, "region", regions, SeedFiles.Regions);
            var orgUnit = OrgUnitOf(row, "org_unit", orgUnits);
            if (grouping is null || region is null || orgUnit is null)
            {
                continue;
            }
            if (region.GroupingCode != grouping.Code)
            {
                row.Problem("region", LoadRule.UnknownReference, $"region '{region.Code}' belongs to grouping '{region.GroupingCode}', not '{grouping.Code}'");
                continue;
            }
            if (orgUnit.Kind != OrgUnitKind.Branch)
            {
                row.Problem("org_unit", LoadRule.InvalidCode, "only branches belong to regions; 00 is the headquarters");
                continue;
            }
            if (keys.Add((grouping.Code, orgUnit.Code), row, "org_unit", $"branch {orgUnit.Code} in grouping '{grouping.Code}'"))
            {
                result.Add(new RegionMember { GroupingCode = grouping.Code, RegionCode = region.Code, OrgUnitCode = orgUnit.Code });
            }
        }
        foreach (var grouping in groupings.Keys)
        {
            var absent = OrgUnitCode.Branches.Where(b => !keys.Contains((grouping, b.Value))).Select(b => b.Value).ToArray();
            if (file.Rows.Count > 0 && absent.Length > 0)
            {
                file.Problems.Add(new LoadProblem(file.DisplayPath, 1, "org_unit", LoadRule.Incomplete,
                    $"grouping '{grouping}' must place every branch in a region; missing: {string.Join(", ", absent)}"));
            }
        }
        return result;
    }

    private static SortedDictionary<int, FiscalYearRow> ReadFiscalYears(SeedFile file)
    {
        var result = new SortedDictionary<int, FiscalYearRow>();
        var keys = new KeyIndex<int>();
        foreach (var row in file.Rows)
        {
            var year = row.Integer("fiscal_year");
            if (year is null)
            {
                continue;
            }
            if (year is < FiscalYear.Earliest or > FiscalYear.Latest)
            {
                row.Problem("fiscal_year", LoadRule.UnknownFiscalYear, $"{year} is not a fiscal year between {FiscalYear.Earliest} and {FiscalYear.Latest}");
                continue;
            }
            if (keys.Add(year.Value, row, "fiscal_year", $"fiscal year {year}"))
            {
                var fiscalYear = new FiscalYear(year.Value);
                result[year.Value] = new FiscalYearRow
                {
                    Year = fiscalYear.Year, WarekiLabel = fiscalYear.WarekiLabel, StartsOn = fiscalYear.StartsOn, EndsOn = fiscalYear.EndsOn,
                };
            }
        }
        return result;
    }

    private static Dictionary<string, SourceDocument> ReadDocuments(SeedFile file, Dictionary<string, OrgUnit> orgUnits,
        SortedDictionary<int, FiscalYearRow> years)
    {
        var result = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        var keys = new KeyIndex<string>();
        foreach (var row in file.Rows)
        {
            var code = row.Text("code");
            var fileName = row.Text("file_name");
            var orgUnit = OrgUnitOf(row, "org_unit", orgUnits);
            var year = FiscalYearOf(row, "fiscal_year", years);
            var kind = row.Text("kind");
            var titleJa = row.Text("title_ja");
            var titleEn = row.Text("title_en");
            var locator = row.Text("locator");
            var note = row.Text("note", required: false);
            if (code is null || !keys.Add(code, row, "code", $"document '{code}'"))
            {
                continue;
            }
            result[code] = new SourceDocument
            {
                Code = code, FileName = fileName ?? "", OrgUnitCode = orgUnit?.Code ?? "", FiscalYear = year?.Year ?? 0, Kind = kind ?? "",
                TitleJa = titleJa ?? "", TitleEn = titleEn ?? "", Locator = locator ?? "", Note = note,
            };
        }
        return result;
    }

    private static Dictionary<string, Unit> ReadUnits(SeedFile file)
    {
        var result = new Dictionary<string, Unit>(StringComparer.Ordinal);
        var keys = new KeyIndex<string>();
        foreach (var row in file.Rows)
        {
            var code = row.Text("code");
            var baseUnit = row.Text("base_unit");
            var factor = row.Number("factor");
            var nameEn = row.Text("name_en");
            if (factor <= 0)
            {
                row.Problem("factor", LoadRule.NegativeValue, "the factor to the base unit must be positive");
            }
            if (code is null || !keys.Add(code, row, "code", $"unit '{code}'") || baseUnit is null)
            {
                continue;
            }
            result[code] = new Unit { Code = code, BaseUnit = baseUnit, Factor = factor ?? 1, NameEn = nameEn ?? "" };
        }
        return result;
    }

    private static Dictionary<string, Measure> ReadMeasures(SeedFile file, Dictionary<string, Unit> units)
    {
        var result = new Dictionary<string, Measure>(StringComparer.Ordinal);
        var keys = new KeyIndex<string>();
        var references = new List<(SeedRow Row, string Column, string Code)>();
        foreach (var row in file.Rows)
        {
            var code = row.Text("code");
            var subject = row.Text("subject");
            var nameJa = row.Text("name_ja");
            var nameEn = row.Text("name_en");
            var unit = row.Text("unit");
            var aggregation = row.Code<AggregationRule>("aggregation");
            var numerator = row.Text("numerator", required: false);
            var denominator = row.Text("denominator", required: false);
            var weight = row.Text("weight", required: false);
            var scale = row.Text("scale", required: false) is null ? 1m : row.Number("scale");
            var nonNegative = row.Boolean("non_negative");
            var description = row.Text("description_en");
            if (unit is not null && !units.Values.Any(u => u.BaseUnit == unit))
            {
                row.Problem("unit", LoadRule.UnknownReference, $"'{unit}' is not a base unit in units.csv");
                unit = null;
            }
            if (aggregation == AggregationRule.Ratio && (numerator is null || denominator is null))
            {
                row.Problem("numerator", LoadRule.RequiredValue, "a RATIO measure needs its numerator and denominator measures");
            }
            if (aggregation == AggregationRule.WeightedMean && weight is null)
            {
                row.Problem("weight", LoadRule.RequiredValue, "a WEIGHTED_MEAN measure needs its weight measure");
            }
            foreach (var (column, referenced) in new[] { ("numerator", numerator), ("denominator", denominator), ("weight", weight) })
            {
                if (referenced is not null)
                {
                    references.Add((row, column, referenced));
                }
            }
            if (code is null || !keys.Add(code, row, "code", $"measure '{code}'"))
            {
                continue;
            }
            // A measure with an unknown subject or unit stays known (no cascade) but matches no fact row's checks.
            result[code] = new Measure
            {
                Code = code, Subject = subject ?? "", NameJa = nameJa ?? "", NameEn = nameEn ?? "", Unit = unit ?? "",
                Aggregation = aggregation ?? AggregationRule.None, NumeratorCode = numerator, DenominatorCode = denominator, WeightCode = weight,
                NonNegative = nonNegative ?? false, DescriptionEn = description ?? "", Scale = scale ?? 1m,
            };
        }
        foreach (var (row, column, code) in references.Where(r => !keys.Contains(r.Code)))
        {
            row.Problem(column, LoadRule.UnknownReference, $"'{code}' is not a measure in measures.csv");
        }
        return result;
    }

    /// <param name="keys">Shared by all fact files: a figure may appear once, published or generated.</param>
    private static List<Observation> ReadObservations(SeedFile file, KeyIndex<(string, int, string)> keys, Dictionary<string, OrgUnit> orgUnits,
        SortedDictionary<int, FiscalYearRow> years, Dictionary<string, Measure> measures, Dictionary<string, Unit> units,
        Dictionary<string, SourceDocument> documents)
    {
        var isDemoFile = file.Name.StartsWith(DemoPrefix, StringComparison.Ordinal);
        var subject = isDemoFile ? DemoFactFiles[file.Name] : SourceFactFiles[file.Name];
        var result = new List<Observation>(file.Rows.Count);
        foreach (var row in file.Rows)
        {
            var orgUnit = OrgUnitOf(row, "org_unit", orgUnits);
            var year = FiscalYearOf(row, "fiscal_year", years);
            var measure = Reference(row, "measure", measures, SeedFiles.Measures);
            var printedValue = row.Text("printed_value");
            var number = printedValue is null ? null : row.Number("printed_value");
            var unit = Reference(row, "printed_unit", units, SeedFiles.Units);
            var basis = row.Code<ValueBasis>("basis");
            var quality = row.Code<Quality>("quality");
            var document = Reference(row, "document", documents, SeedFiles.Documents);
            var locator = row.Text("locator");
            var note = row.Text("note", required: false);

            if (measure is not null && measure.Subject != subject)
            {
                row.Problem("measure", LoadRule.UnknownReference, $"'{measure.Code}' is a {measure.Subject} measure; {file.Name} holds {subject} measures");
                measure = null;
            }
            if (measure is not null && unit is not null && unit.BaseUnit != measure.Unit)
            {
                row.Problem("printed_unit", LoadRule.UnitMismatch, $"'{unit.Code}' measures {unit.BaseUnit}; {measure.Code} is in {measure.Unit}");
                unit = null;
            }
            if (quality is not null && (quality == Quality.Demo) != isDemoFile)
            {
                row.Problem("quality", LoadRule.InvalidCode, isDemoFile
                    ? $"{file.Name} holds demonstration data only: quality must be DEMO"
                    : $"demonstration rows belong in {DemoPrefix}{file.Name}, not with the figures from the sources");
                quality = null;
            }
            if (quality is not null && locator is not null && !SourcedRows.LocatesItsQuality(quality.Value, locator))
            {
                row.Problem("locator", LoadRule.Inconsistent, SourcedRows.PublicPageLocatorMessage(locator));
                quality = null;
            }
            if (measure is { NonNegative: true } && number < 0)
            {
                row.Problem("printed_value", LoadRule.NegativeValue, $"'{printedValue}' is negative; {measure.Code} cannot be negative");
                number = null;
            }
            var value = number is { } figure && unit is not null ? row.InBaseUnit("printed_value", figure, unit) : null;
            if (orgUnit is null || year is null || measure is null || value is null || unit is null || basis is null || quality is null
                || document is null || locator is null || printedValue is null)
            {
                continue;
            }
            if (!keys.Add((orgUnit.Code, year.Year, measure.Code), row, "measure", $"{measure.Code} of org unit {orgUnit.Code} in FY{year.Year}", file.Name))
            {
                continue;
            }
            result.Add(new Observation
            {
                OrgUnitCode = orgUnit.Code, FiscalYear = year.Year, MeasureCode = measure.Code,
                Value = value.Value, PrintedValue = printedValue, PrintedUnit = unit.Code,
                Basis = basis.Value, Quality = quality.Value, DocumentCode = document.Code, Locator = locator, Note = note,
            });
        }
        return result;
    }

    private static OrgUnitCode? OrgUnitCodeOf(SeedRow row, string column)
    {
        var text = row.Text(column);
        if (text is null)
        {
            return null;
        }
        if (OrgUnitCode.TryParse(text, out var code))
        {
            return code;
        }
        row.Problem(column, LoadRule.UnknownOrgUnit, $"'{text}' is not an org unit code: 00 (headquarters) or a JIS prefecture code 01–47");
        return null;
    }

    internal static OrgUnit? OrgUnitOf(SeedRow row, string column, Dictionary<string, OrgUnit> orgUnits)
    {
        var code = OrgUnitCodeOf(row, column);
        if (code is null)
        {
            return null;
        }
        if (orgUnits.TryGetValue(code.Value.Value, out var orgUnit))
        {
            return orgUnit;
        }
        row.Problem(column, LoadRule.UnknownOrgUnit, $"'{code}' is not an org unit in org_units.csv");
        return null;
    }

    internal static FiscalYearRow? FiscalYearOf(SeedRow row, string column, SortedDictionary<int, FiscalYearRow> years)
    {
        var year = row.Integer(column);
        if (year is null)
        {
            return null;
        }
        if (years.TryGetValue(year.Value, out var fiscalYear))
        {
            return fiscalYear;
        }
        row.Problem(column, LoadRule.UnknownFiscalYear, $"{year} is not a fiscal year in fiscal_years.csv");
        return null;
    }

    internal static T? Reference<T>(SeedRow row, string column, IReadOnlyDictionary<string, T> known, string source) where T : class
    {
        var code = row.Text(column);
        if (code is null)
        {
            return null;
        }
        if (known.TryGetValue(code, out var value))
        {
            return value;
        }
        row.Problem(column, LoadRule.UnknownReference, $"'{code}' is not in {source}");
        return null;
    }

    private static string EnumCodeOf<TEnum>(TEnum value) where TEnum : struct, Enum => Domain.EnumCode.Of(value);

    private static string Digest(IEnumerable<SeedFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{file.Name}\0{file.Bytes.Length}\0"));
            hash.AppendData(file.Bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
