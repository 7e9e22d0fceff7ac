using KenpoGraph.Api.Regions;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Facts;

/// <summary>
/// One row of the flat fact feed (issue 18 item 3): a measure's value for one unit (a branch, a region of any grouping,
/// or the nation) and fiscal year, read from fact_rollup, which every load materialises for every measure with a rule at
/// every level, so branch-level rates are rows here as sums are. Where the unit has a loaded figure of its own (a branch's
/// observation, the headquarters' printed national figure) its provenance is joined in. <c>rollup</c> is a view of
/// these rows at one level (docs/bi-developers.md "The fact feed").
/// </summary>
internal sealed class FactRecord
{
    public required RollupLevel Level { get; init; }

    /// <summary>Branch code (BRANCH), region code (REGION) or 00 (NATIONAL): the row's key with level, year and measure.</summary>
    public required string UnitCode { get; init; }

    /// <summary>The branch (BRANCH) or 00 (NATIONAL); null for a REGION row.</summary>
    public string? OrgUnitCode { get; init; }

    /// <summary>The region of a REGION row, or the branch's region in the default grouping; null for NATIONAL.</summary>
    public string? RegionCode { get; init; }

    /// <summary>The grouping of a REGION row; null otherwise (as Rollup.grouping).</summary>
    public string? GroupingCode { get; init; }

    public required int FiscalYear { get; init; }
    public required string MeasureCode { get; init; }
    public required string Subject { get; init; }
    public decimal? Value { get; init; }
    public decimal? Numerator { get; init; }
    public decimal? Denominator { get; init; }
    public required int Contributors { get; init; }
    public required int ExpectedContributors { get; init; }
    public required Quality Quality { get; init; }
    public decimal? PublishedValue { get; init; }
    public decimal? Difference { get; init; }

    /// <summary>The unit's own loaded figure, where it has one: printed value and unit, basis, document, line and note.</summary>
    public string? PrintedValue { get; init; }
    public string? PrintedUnit { get; init; }
    public ValueBasis? Basis { get; init; }
    public string? DocumentCode { get; init; }
    public string? Locator { get; init; }
    public string? Note { get; init; }

    /// <summary>The id key: level, unit, year and measure (fact_rollup's primary key).</summary>
    public string Key => KeyOf(Level, UnitCode, FiscalYear, MeasureCode);

    public static string KeyOf(RollupLevel level, string unit, int year, string measure) =>
        $"{LevelName(level)}/{unit}/{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{measure}";

    /// <summary>The level as the schema names it (BRANCH, REGION, NATIONAL).</summary>
    public static string LevelName(RollupLevel level) => level.ToString().ToUpperInvariant();

    /// <summary>The key's parts, or null when it is not one <see cref="KeyOf"/> made.</summary>
    public static (RollupLevel Level, string Unit, int Year, string Measure)? ParseKey(string key)
    {
        var parts = key.Split('/', 4);
        return parts.Length == 4
            && Enum.TryParse<RollupLevel>(parts[0], ignoreCase: true, out var level) && LevelName(level) == parts[0]
            && int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? (level, parts[1], year, parts[3])
            : null;
    }

    private Rollup? _rollup;

    /// <summary>
    /// The roll-up row this fact is, for disclosure control (Api/Disclosure decides REGION and NATIONAL cells from it,
    /// exactly as for <c>rollup</c>).
    /// </summary>
    public Rollup AsRollup() => _rollup ??= new()
    {
        Level = Level, UnitCode = UnitCode, GroupingCode = GroupingCode, FiscalYear = FiscalYear, MeasureCode = MeasureCode,
        Value = Value, Numerator = Numerator, Denominator = Denominator, Contributors = Contributors,
        ExpectedContributors = ExpectedContributors, Quality = Quality, PublishedValue = PublishedValue, Difference = Difference,
    };

    /// <summary>
    /// Every roll-up row with its measure's subject, a branch's default-grouping region and the unit's own loaded figure
    /// (the branch's, or the headquarters' for NATIONAL) joined in, ready for where/order. The row filter of the
    /// request's context applies to fact_rollup (hidden branches' BRANCH rows) and fact_observation alike.
    /// </summary>
    public static IQueryable<FactRecord> Query(WarehouseDbContext db) =>
        from r in db.Rollups
        join m in db.Measures on r.MeasureCode equals m.Code
        join member in DefaultGrouping.Members(db) on r.UnitCode equals member.OrgUnitCode into members
        from member in members.DefaultIfEmpty()
        join o in db.Observations on new { Unit = r.UnitCode, Year = r.FiscalYear, Measure = r.MeasureCode }
            equals new { Unit = o.OrgUnitCode, Year = o.FiscalYear, Measure = o.MeasureCode } into own
        from o in own.DefaultIfEmpty()
        select new FactRecord
        {
            Level = r.Level,
            UnitCode = r.UnitCode,
            OrgUnitCode = r.Level == RollupLevel.Region ? null : r.UnitCode,
            RegionCode = r.Level == RollupLevel.Region ? r.UnitCode : r.Level == RollupLevel.Branch && member != null ? member.RegionCode : null,
            GroupingCode = r.GroupingCode,
            FiscalYear = r.FiscalYear,
            MeasureCode = r.MeasureCode,
            Subject = m.Subject,
            Value = r.Value,
            Numerator = r.Numerator,
            Denominator = r.Denominator,
            Contributors = r.Contributors,
            ExpectedContributors = r.ExpectedContributors,
            Quality = r.Quality,
            PublishedValue = r.PublishedValue,
            Difference = r.Difference,
            PrintedValue = o == null ? null : o.PrintedValue,
            PrintedUnit = o == null ? null : o.PrintedUnit,
            Basis = o == null ? (ValueBasis?)null : o.Basis,
            DocumentCode = o == null ? null : o.DocumentCode,
            Locator = o == null ? null : o.Locator,
            Note = o == null ? null : o.Note,
        };
}
