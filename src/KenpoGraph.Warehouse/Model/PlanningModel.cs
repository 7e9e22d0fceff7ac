using KenpoGraph.Domain;
using KenpoGraph.Domain.Budgets;
using KenpoGraph.Domain.Checks;
using KenpoGraph.Domain.Kpis;
using KenpoGraph.Domain.Plans;
using KenpoGraph.Domain.Provenance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KenpoGraph.Warehouse.Model;

/// <summary>The plan, KPI and budget tables (docs/domain.md "Plans and KPIs", "Budget"), configured apart from the facts.</summary>
internal static class PlanningModel
{
    internal static void Configure(ModelBuilder model)
    {
        model.Entity<PlanDocument>(e =>
        {
            e.ToTable("dim_plan_document").HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(96);
            e.Property(x => x.Kind).HasConversion(CodeOf<PlanDocumentKind>()).HasMaxLength(32);
            e.Property(x => x.Scheme).HasConversion(CodeOf<Scheme>()).HasMaxLength(32);
            e.Property(x => x.OrgUnitCode).HasMaxLength(2).IsFixedLength();
            e.Property(x => x.TitleJa).HasMaxLength(512);
            e.Property(x => x.SubtitleJa).HasMaxLength(512);
            e.Property(x => x.TitleEn).HasMaxLength(512);
            e.Property(x => x.TitleLocator).HasMaxLength(64);
            Sourced(e);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitCode);
            e.HasOne<FiscalYearRow>().WithMany().HasForeignKey(x => x.FiscalYear);
        });
        model.Entity<PlanNode>(e =>
        {
            e.ToTable("dim_plan_node").HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.PlanDocumentCode).HasMaxLength(96);
            e.Property(x => x.ParentCode).HasMaxLength(64);
            e.Property(x => x.Level).HasConversion(CodeOf<PlanNodeLevel>()).HasMaxLength(16);
            e.Property(x => x.OrdinalLabel).HasMaxLength(16);
            e.Property(x => x.TitleJa).HasMaxLength(512);
            e.Property(x => x.TitleEn).HasMaxLength(512);
            e.Property(x => x.HeadingLocator).HasMaxLength(64);
            Sourced(e);
            e.HasOne<PlanDocument>().WithMany().HasForeignKey(x => x.PlanDocumentCode);
            e.HasOne<PlanNode>().WithMany().HasForeignKey(x => x.ParentCode);
            e.HasIndex(x => new { x.PlanDocumentCode, x.TreeOrder });
        });
        model.Entity<Kpi>(e =>
        {
            e.ToTable("dim_kpi").HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Scheme).HasConversion(CodeOf<Scheme>()).HasMaxLength(32);
            e.Property(x => x.NameJa).HasMaxLength(256);
            e.Property(x => x.NameEn).HasMaxLength(256);
            e.Property(x => x.Unit).HasMaxLength(16);
            e.Property(x => x.BetterDirection).HasConversion(CodeOf<BetterDirection>()).HasMaxLength(8);
            e.Property(x => x.NumeratorJa).HasMaxLength(512);
            e.Property(x => x.DenominatorJa).HasMaxLength(512);
            e.Property(x => x.ScopeNoteEn).HasMaxLength(2048);
            Sourced(e);
        });
        model.Entity<KpiMethodVersion>(e =>
        {
            e.ToTable("dim_kpi_method_version").HasKey(x => new { x.KpiCode, x.Version });
            e.Property(x => x.KpiCode).HasMaxLength(64);
            e.Property(x => x.DefinitionJa).HasMaxLength(1024);
            e.Property(x => x.DefinitionEn).HasMaxLength(1024);
            Sourced(e);
            e.HasOne<Kpi>().WithMany().HasForeignKey(x => x.KpiCode);
        });
        model.Entity<KpiTarget>(e =>
        {
            e.ToTable("fact_kpi_target").HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(16);
            e.Property(x => x.PlanDocumentCode).HasMaxLength(96);
            e.Property(x => x.PlanNodeCode).HasMaxLength(64);
            e.Property(x => x.OrgUnitCode).HasMaxLength(2).IsFixedLength();
            e.Property(x => x.KpiCode).HasMaxLength(64);
            e.Property(x => x.Comparator).HasConversion(CodeOf<Comparator>()).HasMaxLength(8);
            e.Property(x => x.Rule).HasConversion(CodeOf<KpiTargetRule>()).HasMaxLength(32);
            e.Property(x => x.Threshold).HasPrecision(28, 6);
            e.Property(x => x.ThresholdSource).HasConversion(CodeOf<ThresholdSource>()).HasMaxLength(32);
            e.Property(x => x.ResolvedThreshold).HasPrecision(28, 6);
            e.Property(x => x.ThresholdUnresolvedReason).HasMaxLength(1000);
            e.Property(x => x.ThresholdResultCodes).HasMaxLength(200);
            e.Property(x => x.ThresholdYears).HasMaxLength(32);
            e.Property(x => x.ThresholdPriorYearValue).HasPrecision(28, 6);
            e.Property(x => x.ThresholdSimpleMean3Y).HasPrecision(28, 6);
            e.Property(x => x.ThresholdPooled3Y).HasPrecision(28, 6);
            e.Property(x => x.ThresholdPrintedAverage3Y).HasPrecision(28, 6);
            e.Property(x => x.ThresholdAverageForm).HasConversion(CodeOf<AverageForm>()).HasMaxLength(24);
            e.Property(x => x.PrintedValue).HasMaxLength(32);
            e.Property(x => x.PrintedUnit).HasMaxLength(16);
            e.Property(x => x.AsOfDate).HasMaxLength(10);
            e.Property(x => x.PlannedNumerator).HasPrecision(28, 6);
            e.Property(x => x.PlannedDenominator).HasPrecision(28, 6);
            e.Property(x => x.Status).HasConversion(CodeOf<KpiStatus>()).HasMaxLength(16);
            e.Property(x => x.ResultCode).HasMaxLength(16);
            e.Property(x => x.PublishedAttainment).HasConversion(CodeOf<Attainment>()).HasMaxLength(24);
            e.Property(x => x.ComputedAttainment).HasConversion(CodeOf<Attainment>()).HasMaxLength(24);
            Sourced(e);
            e.HasOne<PlanDocument>().WithMany().HasForeignKey(x => x.PlanDocumentCode);
            e.HasOne<PlanNode>().WithMany().HasForeignKey(x => x.PlanNodeCode);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitCode);
            e.HasOne<FiscalYearRow>().WithMany().HasForeignKey(x => x.FiscalYear);
            e.HasOne<Kpi>().WithMany().HasForeignKey(x => x.KpiCode);
            e.HasIndex(x => new { x.KpiCode, x.FiscalYear, x.OrgUnitCode });
        });
        model.Entity<KpiResult>(e =>
        {
            e.ToTable("fact_kpi_result").HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(16);
            e.Property(x => x.PlanDocumentCode).HasMaxLength(96);
            e.Property(x => x.TargetCode).HasMaxLength(16);
            e.Property(x => x.OrgUnitCode).HasMaxLength(2).IsFixedLength();
            e.Property(x => x.Scope).HasConversion(CodeOf<KpiResultScope>()).HasMaxLength(16);
            e.Property(x => x.PeriodBasis).HasConversion(CodeOf<KpiPeriodBasis>()).HasMaxLength(16);
            e.Property(x => x.AsOf).HasMaxLength(10);
            e.Property(x => x.KpiCode).HasMaxLength(64);
            e.Property(x => x.Value).HasPrecision(28, 6);
            e.Property(x => x.PrintedValue).HasMaxLength(32);
            e.Property(x => x.PrintedUnit).HasMaxLength(16);
            e.Property(x => x.Numerator).HasPrecision(28, 6);
            e.Property(x => x.Denominator).HasPrecision(28, 6);
            e.Property(x => x.PrintedAttainment).HasMaxLength(8);
            e.Property(x => x.PublishedAttainment).HasConversion(CodeOf<Attainment>()).HasMaxLength(24);
            e.Property(x => x.AttainmentGroup).HasMaxLength(32);
            e.Property(x => x.AttainmentPhraseJa).HasMaxLength(256);
            e.Property(x => x.TargetDifference).HasPrecision(28, 6);
            e.Property(x => x.PrintedTargetDifference).HasMaxLength(32);
            e.Property(x => x.TargetDifferenceUnit).HasMaxLength(16);
            Sourced(e);
            e.HasOne<PlanDocument>().WithMany().HasForeignKey(x => x.PlanDocumentCode);
            e.HasOne<KpiTarget>().WithMany().HasForeignKey(x => x.TargetCode);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitCode);
            e.HasOne<FiscalYearRow>().WithMany().HasForeignKey(x => x.FiscalYear);
            e.HasOne<Kpi>().WithMany().HasForeignKey(x => x.KpiCode);
            e.HasIndex(x => new { x.KpiCode, x.FiscalYear, x.OrgUnitCode });
        });
        model.Entity<BudgetLine>(e =>
        {
            e.ToTable("dim_budget_line").HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.PlanDocumentCode).HasMaxLength(96);
            e.Property(x => x.ParentCode).HasMaxLength(32);
            e.Property(x => x.Account).HasConversion(CodeOf<BudgetAccount>()).HasMaxLength(24);
            e.Property(x => x.Side).HasConversion(CodeOf<BudgetSide>()).HasMaxLength(16);
            e.Property(x => x.TitleJa).HasMaxLength(512);
            e.Property(x => x.TitleEn).HasMaxLength(512);
            e.Property(x => x.DescriptionJa).HasMaxLength(1024);
            e.Property(x => x.PriorYearLines).HasMaxLength(256);
            Sourced(e);
            e.HasOne<PlanDocument>().WithMany().HasForeignKey(x => x.PlanDocumentCode);
            e.HasOne<BudgetLine>().WithMany().HasForeignKey(x => x.ParentCode);
        });
        model.Entity<BudgetAmount>(e =>
        {
            e.ToTable("fact_budget_amount").HasKey(x => new { x.LineCode, x.FiscalYear, x.Kind });
            e.Property(x => x.LineCode).HasMaxLength(32);
            e.Property(x => x.Kind).HasConversion(CodeOf<BudgetAmountKind>()).HasMaxLength(24);
            e.Property(x => x.Value).HasPrecision(28, 6);
            e.Property(x => x.PrintedValue).HasMaxLength(32);
            e.Property(x => x.PrintedUnit).HasMaxLength(16);
            Sourced(e);
            e.HasOne<BudgetLine>().WithMany().HasForeignKey(x => x.LineCode);
            e.HasOne<FiscalYearRow>().WithMany().HasForeignKey(x => x.FiscalYear);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.PrintedUnit);
        });
        model.Entity<LoadCheckResult>(e =>
        {
            e.ToTable("check_result").HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Check).HasMaxLength(32);
            e.Property(x => x.Subject).HasMaxLength(128);
            e.Property(x => x.BudgetLineCode).HasMaxLength(32);
            e.Property(x => x.AmountKind).HasConversion(CodeOf<BudgetAmountKind>()).HasMaxLength(24);
            e.Property(x => x.Expected).HasPrecision(28, 6);
            e.Property(x => x.Actual).HasPrecision(28, 6);
            e.Property(x => x.Difference).HasPrecision(28, 6);
            e.Property(x => x.Tolerance).HasPrecision(28, 6);
            e.Property(x => x.Status).HasConversion(CodeOf<CheckStatus>()).HasMaxLength(24);
            e.Property(x => x.Detail).HasMaxLength(2048);
            e.Property(x => x.DocumentCode).HasMaxLength(64);
            e.Property(x => x.Locator).HasMaxLength(128);
            e.HasOne<SourceDocument>().WithMany().HasForeignKey(x => x.DocumentCode);
        });
    }

    /// <summary>The provenance columns every plan, KPI and budget row carries.</summary>
    internal static void Sourced<T>(EntityTypeBuilder<T> e) where T : class, ISourced
    {
        e.Property(x => x.DocumentCode).HasMaxLength(64);
        e.Property(x => x.Locator).HasMaxLength(128);
        e.Property(x => x.Quality).HasConversion(CodeOf<Quality>()).HasMaxLength(16);
        e.Property(x => x.Note).HasMaxLength(2048);
        e.HasOne<SourceDocument>().WithMany().HasForeignKey(x => x.DocumentCode);
    }

    // The same seed codes in the database as in the CSV files (see WarehouseDbContext.CodeOf).
    internal static ValueConverter<TEnum, string> CodeOf<TEnum>() where TEnum : struct, Enum =>
        new(value => EnumCode.Of(value), code => EnumCode.Parse<TEnum>(code));
}
