using KenpoGraph.Domain;
using KenpoGraph.Domain.Measures;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Domain.Rollups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KenpoGraph.Warehouse.Model;

/// <summary>The star schema. Table and column names are snake_case so the SQL reads like the design.</summary>
public sealed partial class WarehouseDbContext(DbContextOptions<WarehouseDbContext> options) : DbContext(options)
{
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<RegionGrouping> RegionGroupings => Set<RegionGrouping>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<RegionMember> RegionMembers => Set<RegionMember>();
    public DbSet<FiscalYearRow> FiscalYears => Set<FiscalYearRow>();
    public DbSet<SourceDocument> Documents => Set<SourceDocument>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<Observation> Observations => Set<Observation>();
    public DbSet<Rollup> Rollups => Set<Rollup>();
    public DbSet<DataVersion> DataVersions => Set<DataVersion>();
    public DbSet<PlanDocument> PlanDocuments => Set<PlanDocument>();
    public DbSet<PlanNode> PlanNodes => Set<PlanNode>();
    public DbSet<Kpi> Kpis => Set<Kpi>();
    public DbSet<KpiMethodVersion> KpiMethodVersions => Set<KpiMethodVersion>();
    public DbSet<KpiTarget> KpiTargets => Set<KpiTarget>();
    public DbSet<KpiResult> KpiResults => Set<KpiResult>();
    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();
    public DbSet<BudgetAmount> BudgetAmounts => Set<BudgetAmount>();
    public DbSet<LoadCheckResult> LoadCheckResults => Set<LoadCheckResult>();
    public DbSet<IncentiveSchemeRow> IncentiveSchemes => Set<IncentiveSchemeRow>();
    public DbSet<IncentiveSchemeParameter> IncentiveSchemeParameters => Set<IncentiveSchemeParameter>();
    public DbSet<IncentiveSchemeIndicator> IncentiveSchemeIndicators => Set<IncentiveSchemeIndicator>();
    public DbSet<IncentivePublishedRank> IncentivePublishedRanks => Set<IncentivePublishedRank>();

    /// <summary>The schema every table is in (a server warehouse's data version); null: the provider's default.</summary>
    internal string? Schema { get; } = options.FindExtension<WarehouseSchema>()?.Name;

    protected override void OnModelCreating(ModelBuilder model)
    {
        if (Schema is not null)
        {
            model.HasDefaultSchema(Schema);
        }
        model.Entity<OrgUnit>(e =>
        {
            e.ToTable("dim_org_unit").HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(2).IsFixedLength();
            e.Property(x => x.Kind).HasConversion(CodeOf<OrgUnitKind>()).HasMaxLength(16);
            e.Property(x => x.NameJa).HasMaxLength(32);
            e.Property(x => x.NameEn).HasMaxLength(64);
            e.Property(x => x.OfficialNameJa).HasMaxLength(64);
            e.Property(x => x.OfficialNameEn).HasMaxLength(128);
        });
        model.Entity<RegionGrouping>(e =>
        {
            e.ToTable("dim_region_grouping").HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.NameJa).HasMaxLength(64);
            e.Property(x => x.NameEn).HasMaxLength(128);
        });
        model.Entity<Region>(e =>
        {
            e.ToTable("dim_region").HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.GroupingCode).HasMaxLength(32);
            e.Property(x => x.NameJa).HasMaxLength(64);
            e.Property(x => x.NameEn).HasMaxLength(128);
            e.HasOne<RegionGrouping>().WithMany().HasForeignKey(x => x.GroupingCode);
        });
        model.Entity<RegionMember>(e =>
        {
            e.ToTable("dim_region_member").HasKey(x => new { x.GroupingCode, x.OrgUnitCode });
            e.Property(x => x.GroupingCode).HasMaxLength(32);
            e.Property(x => x.OrgUnitCode).HasMaxLength(2).IsFixedLength();
            e.Property(x => x.RegionCode).HasMaxLength(32);
            e.HasOne<RegionGrouping>().WithMany().HasForeignKey(x => x.GroupingCode);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitCode);
            e.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionCode);
        });
        model.Entity<FiscalYearRow>(e =>
        {
            e.ToTable("dim_fiscal_year").HasKey(x => x.Year);
            e.Property(x => x.Year).ValueGeneratedNever();
            e.Property(x => x.WarekiLabel).HasMaxLength(16);
        });
        model.Entity<SourceDocument>(e =>
        {
            e.ToTable("dim_document").HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.FileName).HasMaxLength(256);
            e.Property(x => x.OrgUnitCode).HasMaxLength(2).IsFixedLength();
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.TitleJa).HasMaxLength(512);
            e.Property(x => x.TitleEn).HasMaxLength(512);
            // A PUBLIC_PAGE document's locator is the page's address (issue 17), longer than a line reference.
            e.Property(x => x.Locator).HasMaxLength(256);
            e.Property(x => x.Note).HasMaxLength(1024);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitCode);
            e.HasOne<FiscalYearRow>().WithMany().HasForeignKey(x => x.FiscalYear);
        });
        model.Entity<Unit>(e =>
        {
            e.ToTable("dim_unit").HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(16);
            e.Property(x => x.BaseUnit).HasMaxLength(16);
            e.Property(x => x.Factor).HasPrecision(18, 0);
            e.Property(x => x.NameEn).HasMaxLength(64);
        });
        model.Entity<Measure>(e =>
        {
            e.ToTable("dim_measure").HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Subject).HasMaxLength(32);
            e.Property(x => x.NameJa).HasMaxLength(128);
            e.Property(x => x.NameEn).HasMaxLength(128);
            e.Property(x => x.Unit).HasMaxLength(16);
            e.Property(x => x.Aggregation).HasConversion(CodeOf<AggregationRule>()).HasMaxLength(16);
            e.Property(x => x.NumeratorCode).HasMaxLength(64);
            e.Property(x => x.DenominatorCode).HasMaxLength(64);
            e.Property(x => x.WeightCode).HasMaxLength(64);
            e.Property(x => x.Scale).HasPrecision(18, 6);
            e.Property(x => x.DescriptionEn).HasMaxLength(1024);
        });
        model.Entity<Observation>(e =>
        {
            e.ToTable("fact_observation").HasKey(x => new { x.OrgUnitCode, x.FiscalYear, x.MeasureCode });
            e.Property(x => x.OrgUnitCode).HasMaxLength(2).IsFixedLength();
            e.Property(x => x.MeasureCode).HasMaxLength(64);
            // 28 digits with 6 decimals holds yen totals of the whole association and rates alike.
            e.Property(x => x.Value).HasPrecision(28, 6);
            e.Property(x => x.PrintedValue).HasMaxLength(32);
            e.Property(x => x.PrintedUnit).HasMaxLength(16);
            e.Property(x => x.Basis).HasConversion(CodeOf<ValueBasis>()).HasMaxLength(24);
            e.Property(x => x.Quality).HasConversion(CodeOf<Quality>()).HasMaxLength(16);
            e.Property(x => x.DocumentCode).HasMaxLength(64);
            e.Property(x => x.Locator).HasMaxLength(64);
            e.Property(x => x.Note).HasMaxLength(1024);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitCode);
            e.HasOne<FiscalYearRow>().WithMany().HasForeignKey(x => x.FiscalYear);
            e.HasOne<Measure>().WithMany().HasForeignKey(x => x.MeasureCode);
            e.HasOne<SourceDocument>().WithMany().HasForeignKey(x => x.DocumentCode);
            e.HasIndex(x => new { x.MeasureCode, x.FiscalYear });
        });
        model.Entity<Rollup>(e =>
        {
            e.ToTable("fact_rollup").HasKey(x => new { x.Level, x.UnitCode, x.FiscalYear, x.MeasureCode });
            e.Property(x => x.Level).HasConversion(CodeOf<RollupLevel>()).HasMaxLength(16);
            e.Property(x => x.UnitCode).HasMaxLength(32);
            e.Property(x => x.GroupingCode).HasMaxLength(32);
            e.Property(x => x.MeasureCode).HasMaxLength(64);
            e.Property(x => x.Value).HasPrecision(38, 12);
            e.Property(x => x.Numerator).HasPrecision(38, 6);
            e.Property(x => x.Denominator).HasPrecision(38, 6);
            e.Property(x => x.Quality).HasConversion(CodeOf<Quality>()).HasMaxLength(16);
            e.Property(x => x.PublishedValue).HasPrecision(28, 6);
            e.Property(x => x.Difference).HasPrecision(38, 12);
            e.HasOne<FiscalYearRow>().WithMany().HasForeignKey(x => x.FiscalYear);
            e.HasOne<Measure>().WithMany().HasForeignKey(x => x.MeasureCode);
            e.HasIndex(x => new { x.MeasureCode, x.FiscalYear, x.Level });
        });
        model.Entity<DataVersion>(e =>
        {
            e.ToTable("data_version").HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.InputDigest).HasMaxLength(64).IsFixedLength();
        });

        PlanningModel.Configure(model);
        IncentiveModel.Configure(model);
        ConfigureRowFilter(model);

        foreach (var entity in model.Model.GetEntityTypes())
        {
            // A load replaces every row, children first; cascades would only add risk, and SQL Server refuses
            // them anyway where two paths meet (error 1785: fact_observation → dim_document → dim_org_unit).
            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.DeleteBehavior = DeleteBehavior.NoAction;
            }
            // Facts are scanned by measure and year: on SQL Server they take a clustered columnstore index
            // (db/sqlserver/040_indexes.sql), so their primary keys are nonclustered. SQLite ignores this.
            if (entity.GetTableName()?.StartsWith(FactTablePrefix, StringComparison.Ordinal) == true)
            {
                entity.FindPrimaryKey()!.SetIsClustered(false);
            }
        }

        foreach (var entity in model.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    /// <summary>Tables named fact_… hold facts: clustered columnstore on SQL Server.</summary>
    internal const string FactTablePrefix = "fact_";

    /// <summary>Enums are stored as their seed codes (FISCAL_YEAR_END), the same text the CSV files use.</summary>
    private static ValueConverter<TEnum, string> CodeOf<TEnum>() where TEnum : struct, Enum =>
        new(value => EnumCode.Of(value), code => EnumCode.Parse<TEnum>(code));

    internal static string SnakeCase(string name) => EnumCode.ScreamingSnake(name).ToLowerInvariant();
}
