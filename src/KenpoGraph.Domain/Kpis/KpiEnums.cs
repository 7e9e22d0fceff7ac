namespace KenpoGraph.Domain.Kpis;

/// <summary>Which way a KPI improves.</summary>
public enum BetterDirection
{
    /// <summary>Higher is better (rates, counts).</summary>
    Higher,

    /// <summary>Lower is better (processing days, single-bid share, ranks).</summary>
    Lower,
}

/// <summary>How a result is compared with the threshold.</summary>
public enum Comparator
{
    /// <summary>以上: at least the threshold.</summary>
    Gte,

    /// <summary>以下: at most the threshold.</summary>
    Lte,

    /// <summary>Equal to the threshold (100 %).</summary>
    Eq,
}

/// <summary>The kind of a KPI target (docs/domain.md "Plans and KPIs", rule types).</summary>
public enum KpiTargetRule
{
    /// <summary>A constant: ≥ 65.6 %, ≤ 15 %, = 100 %.</summary>
    Absolute,

    /// <summary>At least (or at most) the org unit's own previous-year result.</summary>
    PriorYear,

    /// <summary>A year-end value against the previous year-end value.</summary>
    PriorYearEnd,

    /// <summary>Against the 3-year average.</summary>
    Average3Y,

    /// <summary>Against the higher of last year and the 3-year average (seafarers' KPIs).</summary>
    MaxPriorOrAverage3Y,

    /// <summary>This year's count minus last year's at least k.</summary>
    Increment,

    /// <summary>A value at a stated date (マイナ保険証 usage ≥ 50 % on 2024-11-30).</summary>
    AsOfDate,

    /// <summary>Per branch: below 80 % reach 80 %, at or above do not fall; reported as a count of branches.</summary>
    AllBranchesThreshold,

    /// <summary>A milestone or frequency (実施済).</summary>
    Qualitative,

    /// <summary>Printed explicitly as no KPI.</summary>
    NotSet,
}

/// <summary>A KPI's status printed beside its target.</summary>
public enum KpiStatus
{
    /// <summary>【新設】 / 新規: new this year.</summary>
    New,

    /// <summary>変更あり: definition changed.</summary>
    Changed,

    /// <summary>Ended during the year (※R6.11に終了).</summary>
    Ended,

    /// <summary>A printed target that is not a KPI (KPI設定なし, 計画値).</summary>
    NotKpi,
}

/// <summary>Whose result a figure is.</summary>
public enum KpiResultScope
{
    /// <summary>The association as a whole.</summary>
    National,

    /// <summary>One branch.</summary>
    Branch,

    /// <summary>The headquarters only (本部), not the association.</summary>
    HqOnly,

    /// <summary>All branches together, without the headquarters.</summary>
    BranchesTotal,
}

/// <summary>What time a KPI result describes.</summary>
public enum KpiPeriodBasis
{
    /// <summary>The whole fiscal year.</summary>
    FiscalYear,

    /// <summary>At fiscal-year end.</summary>
    FiscalYearEnd,

    /// <summary>At a date, or year to date (a partial value).</summary>
    AsOfDate,

    /// <summary>One claim month (診療月).</summary>
    ClaimMonth,

    /// <summary>A printed 3-year average.</summary>
    Average3Y,

    /// <summary>A number of branches meeting the all-branches rule.</summary>
    BranchCount,
}
