using KenpoGraph.Domain.Incentives;
using KenpoGraph.Domain.Provenance;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Warehouse.Model;

/// <summary>dim_incentive_scheme: one version of the インセンティブ制度, valid for a span of results years.</summary>
public sealed class IncentiveSchemeRow : ISourced
{
    public required string Code { get; init; }
    public required int FirstResultsYear { get; init; }

    /// <summary>Null: still in force.</summary>
    public int? LastResultsYear { get; init; }
    public string? NameJa { get; init; }
    public required string NameEn { get; init; }
    public required string DocumentCode { get; init; }
    public required string Locator { get; init; }
    public required Quality Quality { get; init; }
    public required bool Uncertain { get; init; }
    public string? Note { get; init; }
}

/// <summary>dim_incentive_scheme_parameter: one named parameter of a scheme version, marked as stated or assumed.</summary>
public sealed class IncentiveSchemeParameter
{
    public required string SchemeCode { get; init; }

    /// <summary>One of <see cref="IncentiveSchemeParameters.Names"/>.</summary>
    public required string Name { get; init; }
    public required string Value { get; init; }
    public required ParameterBasis Basis { get; init; }

    /// <summary>The seed document stating it (SOURCE only).</summary>
    public string? DocumentCode { get; init; }
    public string? Locator { get; init; }

    /// <summary>The quotation, the public page's address, or the reason for the assumption.</summary>
    public string? Note { get; init; }
}

/// <summary>dim_incentive_scheme_indicator: an indicator a scheme version scores, and the branch measure holding its value.</summary>
public sealed class IncentiveSchemeIndicator
{
    public required string SchemeCode { get; init; }
    public required int Number { get; init; }
    public required string MeasureCode { get; init; }
    public required string NameJa { get; init; }
    public required string DocumentCode { get; init; }
    public required string Locator { get; init; }
    public required bool ScoresImprovement { get; init; }
    public required ParameterBasis ScoresImprovementBasis { get; init; }
    public string? Note { get; init; }

    /// <summary>The domain's scoring rule for this indicator (the loader and the API build schemes the same way).</summary>
    public IndicatorRule ToRule() => new(Number, MeasureCode, NameJa, ScoresImprovement);
}

/// <summary>
/// fact_incentive_published_rank: a rank the sources print for a branch and results year, shown beside
/// the computed one. <see cref="Indicator"/> 0 is the overall rank (総合順位); 1–5 an indicator's rank.
/// </summary>
public sealed class IncentivePublishedRank : ISourced
{
    public const int Overall = 0;

    public required int ResultsYear { get; init; }
    public required string OrgUnitCode { get; init; }
    public required int Indicator { get; init; }
    public required int Rank { get; init; }
    public required string DocumentCode { get; init; }
    public required string Locator { get; init; }
    public required Quality Quality { get; init; }
    public required bool Uncertain { get; init; }
    public string? Note { get; init; }
}

/// <summary>The incentive tables (docs/domain.md "The incentive system"), configured apart from the facts.</summary>
internal static class IncentiveModel
{
    internal static void Configure(ModelBuilder model)
    {
        model.Entity<IncentiveSchemeRow>(e =>
        {
            e.ToTable("dim_incentive_scheme").HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.NameJa).HasMaxLength(256);
            e.Property(x => x.NameEn).HasMaxLength(256);
            PlanningModel.Sourced(e);
        });
        model.Entity<IncentiveSchemeParameter>(e =>
        {
            e.ToTable("dim_incentive_scheme_parameter").HasKey(x => new { x.SchemeCode, x.Name });
            e.Property(x => x.SchemeCode).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Value).HasMaxLength(128);
            e.Property(x => x.Basis).HasConversion(PlanningModel.CodeOf<ParameterBasis>()).HasMaxLength(16);
            e.Property(x => x.DocumentCode).HasMaxLength(64);
            e.Property(x => x.Locator).HasMaxLength(128);
            e.Property(x => x.Note).HasMaxLength(2048);
            e.HasOne<IncentiveSchemeRow>().WithMany().HasForeignKey(x => x.SchemeCode);
            e.HasOne<SourceDocument>().WithMany().HasForeignKey(x => x.DocumentCode);
        });
        model.Entity<IncentiveSchemeIndicator>(e =>
        {
            e.ToTable("dim_incentive_scheme_indicator").HasKey(x => new { x.SchemeCode, x.Number });
            e.Property(x => x.SchemeCode).HasMaxLength(32);
            e.Property(x => x.MeasureCode).HasMaxLength(64);
            e.Property(x => x.NameJa).HasMaxLength(256);
            e.Property(x => x.DocumentCode).HasMaxLength(64);
            e.Property(x => x.Locator).HasMaxLength(128);
            e.Property(x => x.ScoresImprovementBasis).HasConversion(PlanningModel.CodeOf<ParameterBasis>()).HasMaxLength(16);
            e.Property(x => x.Note).HasMaxLength(2048);
            e.HasOne<IncentiveSchemeRow>().WithMany().HasForeignKey(x => x.SchemeCode);
            e.HasOne<Measure>().WithMany().HasForeignKey(x => x.MeasureCode);
            e.HasOne<SourceDocument>().WithMany().HasForeignKey(x => x.DocumentCode);
        });
        model.Entity<IncentivePublishedRank>(e =>
        {
            e.ToTable("fact_incentive_published_rank").HasKey(x => new { x.ResultsYear, x.OrgUnitCode, x.Indicator });
            e.Property(x => x.OrgUnitCode).HasMaxLength(2).IsFixedLength();
            PlanningModel.Sourced(e);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitCode);
            e.HasOne<FiscalYearRow>().WithMany().HasForeignKey(x => x.ResultsYear);
        });
    }
}
