using KenpoGraph.Domain.Kpis;
using KenpoGraph.Domain.Plans;
using KenpoGraph.Domain.Provenance;

namespace KenpoGraph.Warehouse.Model;

/// <summary>dim_kpi: a KPI definition.</summary>
public sealed class Kpi : ISourced
{
    /// <summary>Stable code, e.g. K-CHECKUP-INSURED; seafarers' KPIs are K-SF-….</summary>
    public required string Code { get; init; }
    public required Scheme Scheme { get; init; }
    public required string NameJa { get; init; }
    public required string NameEn { get; init; }

    /// <summary>As printed (％, 円, 事業所); null for qualitative KPIs.</summary>
    public string? Unit { get; init; }
    public required BetterDirection BetterDirection { get; init; }
    public string? NumeratorJa { get; init; }
    public string? DenominatorJa { get; init; }
    public string? ScopeNoteEn { get; init; }
    public required string DocumentCode { get; init; }
    public required string Locator { get; init; }
    public required Quality Quality { get; init; }
    public required bool Uncertain { get; init; }
    public string? Note { get; init; }
}

/// <summary>dim_kpi_method_version: one printed definition of a KPI and the years it applies to.</summary>
public sealed class KpiMethodVersion : ISourced
{
    public required string KpiCode { get; init; }
    public required int Version { get; init; }
    public int? ValidFrom { get; init; }
    public int? ValidTo { get; init; }
    public string? DefinitionJa { get; init; }
    public required string DefinitionEn { get; init; }
    public required string DocumentCode { get; init; }
    public required string Locator { get; init; }
    public required Quality Quality { get; init; }
    public required bool Uncertain { get; init; }
    public string? Note { get; init; }
}

/// <summary>fact_kpi_target: a KPI target of one org unit and year, as one plan document prints it (a record: the loader adds attainment with `with`).</summary>
public sealed record KpiTarget : ISourced
{
    /// <summary>Tnnnn.</summary>
    public required string Code { get; init; }
    public required string PlanDocumentCode { get; init; }

    /// <summary>The plan node the target is printed under, where the plan document has a tree.</summary>
    public string? PlanNodeCode { get; init; }
    public required string OrgUnitCode { get; init; }
    public required int FiscalYear { get; init; }
    public required string KpiCode { get; init; }
    public Comparator? Comparator { get; init; }
    public required KpiTargetRule Rule { get; init; }

    /// <summary>The number the rule resolves to, in the KPI's unit: printed, or resolved from results at load (see <see cref="ThresholdSource"/>).</summary>
    public decimal? Threshold { get; init; }

    /// <summary>PRINTED (PUBLISHED) or RESOLVED_FROM_RESULTS (DERIVED); null where there is no threshold.</summary>
    public ThresholdSource? ThresholdSource { get; init; }

    /// <summary>What the org unit's earlier results give for a PRIOR_YEAR, PRIOR_YEAR_END, AVERAGE_3Y or MAX_PRIOR_OR_AVERAGE_3Y rule, printed threshold or not.</summary>
    public decimal? ResolvedThreshold { get; init; }

    /// <summary>Why the results give no threshold (absent, conflicting, another method version, an average of unknown form).</summary>
    public string? ThresholdUnresolvedReason { get; init; }

    /// <summary>The result rows the resolution used or looked at, comma-separated (R0017,R0018,…).</summary>
    public string? ThresholdResultCodes { get; init; }

    /// <summary>The fiscal years the rule refers to, comma-separated (2023, or 2021,2022,2023).</summary>
    public string? ThresholdYears { get; init; }

    /// <summary>The previous year's result the rule compares with.</summary>
    public decimal? ThresholdPriorYearValue { get; init; }

    /// <summary>The arithmetic mean of the three years' values.</summary>
    public decimal? ThresholdSimpleMean3Y { get; init; }

    /// <summary>Σ numerators ÷ Σ denominators over the three years, where all are printed.</summary>
    public decimal? ThresholdPooled3Y { get; init; }

    /// <summary>The 3-year average the source prints for the window (上記3年度の平均値).</summary>
    public decimal? ThresholdPrintedAverage3Y { get; init; }

    /// <summary>The average the resolved threshold uses.</summary>
    public AverageForm? ThresholdAverageForm { get; init; }
    public string? PrintedValue { get; init; }
    public string? PrintedUnit { get; init; }

    /// <summary>For AS_OF_DATE targets, e.g. 2024-11-30.</summary>
    public string? AsOfDate { get; init; }
    public decimal? PlannedNumerator { get; init; }
    public decimal? PlannedDenominator { get; init; }
    public int? TargetBranchCount { get; init; }
    public KpiStatus? Status { get; init; }

    /// <summary>The result the same document reports against this target (materialised at load).</summary>
    public string? ResultCode { get; init; }
    public Attainment? PublishedAttainment { get; init; }

    /// <summary>True where no document links a result to this target and the result is the org unit's full-period value for the KPI and year from another row.</summary>
    public required bool ResultFromAnotherDocument { get; init; }

    /// <summary>Attainment computed from the rule where it is mechanical (Domain.Kpis.AttainmentRule).</summary>
    public Attainment? ComputedAttainment { get; init; }
    public required bool AttainmentDisagrees { get; init; }
    public required string DocumentCode { get; init; }
    public required string Locator { get; init; }
    public required Quality Quality { get; init; }
    public required bool Uncertain { get; init; }
    public string? Note { get; init; }
}

/// <summary>fact_kpi_result: a KPI value of one org unit and year, with numerator and denominator where printed.</summary>
public sealed class KpiResult : ISourced
{
    /// <summary>Rnnnn.</summary>
    public required string Code { get; init; }
    public required string PlanDocumentCode { get; init; }
    public string? TargetCode { get; init; }
    public required string OrgUnitCode { get; init; }
    public required KpiResultScope Scope { get; init; }
    public required int FiscalYear { get; init; }

    /// <summary>The year of the underlying data where it differs (an incentive rank reported a year later).</summary>
    public required int DataFiscalYear { get; init; }
    public required KpiPeriodBasis PeriodBasis { get; init; }
    public int? PeriodFrom { get; init; }

    /// <summary>YYYY-MM or YYYY-MM-DD for dated or year-to-date values.</summary>
    public string? AsOf { get; init; }
    public required string KpiCode { get; init; }

    /// <summary>The printed number; null for a qualitative result (実施済).</summary>
    public decimal? Value { get; init; }
    public string? PrintedValue { get; init; }
    public string? PrintedUnit { get; init; }
    public decimal? Numerator { get; init; }
    public decimal? Denominator { get; init; }

    /// <summary>The mark exactly as printed: 達成, 概ね達成, 未達成, 〇, ×, －.</summary>
    public string? PrintedAttainment { get; init; }
    public Attainment? PublishedAttainment { get; init; }

    /// <summary>Rows sharing a group carry one printed mark (a composite KPI).</summary>
    public string? AttainmentGroup { get; init; }
    /// <summary>A printed phrase about the result (目標達成, 目標には至らなかった); never a number.</summary>
    public string? AttainmentPhraseJa { get; init; }

    /// <summary>The printed 「目標との差」 / 「目標ＫＰＩとの差」 (result − target), in <see cref="TargetDifferenceUnit"/>.</summary>
    public decimal? TargetDifference { get; init; }

    /// <summary>The difference exactly as printed, without its unit and brackets (▲0.018).</summary>
    public string? PrintedTargetDifference { get; init; }
    public string? TargetDifferenceUnit { get; init; }
    public required string DocumentCode { get; init; }
    public required string Locator { get; init; }
    public required Quality Quality { get; init; }
    public required bool Uncertain { get; init; }
    public string? Note { get; init; }
}
