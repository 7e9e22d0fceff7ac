using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Warehouse.Loading;

/// <summary>Everything a load writes: validated rows of every table, in file order.</summary>
public sealed class SeedSet
{
    public required IReadOnlyList<RegionGrouping> RegionGroupings { get; init; }
    public required IReadOnlyList<Region> Regions { get; init; }
    public required IReadOnlyList<OrgUnit> OrgUnits { get; init; }
    public required IReadOnlyList<RegionMember> RegionMembers { get; init; }
    public required IReadOnlyList<FiscalYearRow> FiscalYears { get; init; }
    public required IReadOnlyList<SourceDocument> Documents { get; init; }
    public required IReadOnlyList<Unit> Units { get; init; }
    public required IReadOnlyList<Measure> Measures { get; init; }
    public required IReadOnlyList<Observation> Observations { get; init; }

    /// <summary>Roll-ups materialised from the branch observations (fact_rollup).</summary>
    public required IReadOnlyList<Rollup> Rollups { get; init; }

    /// <summary>SHA-256 (hex) over the names and bytes of every input file.</summary>
    public required string InputDigest { get; init; }

    /// <summary>Plans, KPIs, budgets and the checks run on them (PlanningSeedReader).</summary>
    public required PlanningSet Planning { get; init; }

    /// <summary>Incentive scheme versions and published ranks (IncentiveSeedReader).</summary>
    public required IncentiveSet Incentives { get; init; }

    /// <summary>Every table's rows by entity type (data_version aside): what a comparison with a published version reads.</summary>
    public IReadOnlyDictionary<Type, IReadOnlyList<object>> RowsByEntity => new Dictionary<Type, IReadOnlyList<object>>
    {
        [typeof(RegionGrouping)] = RegionGroupings,
        [typeof(Region)] = Regions,
        [typeof(OrgUnit)] = OrgUnits,
        [typeof(RegionMember)] = RegionMembers,
        [typeof(FiscalYearRow)] = FiscalYears,
        [typeof(SourceDocument)] = Documents,
        [typeof(Unit)] = Units,
        [typeof(Measure)] = Measures,
        [typeof(Observation)] = Observations,
        [typeof(Rollup)] = Rollups,
        [typeof(PlanDocument)] = Planning.PlanDocuments,
        [typeof(PlanNode)] = Planning.PlanNodes,
        [typeof(Kpi)] = Planning.Kpis,
        [typeof(KpiMethodVersion)] = Planning.KpiMethodVersions,
        [typeof(KpiTarget)] = Planning.KpiTargets,
        [typeof(KpiResult)] = Planning.KpiResults,
        [typeof(BudgetLine)] = Planning.BudgetLines,
        [typeof(BudgetAmount)] = Planning.BudgetAmounts,
        [typeof(LoadCheckResult)] = Planning.CheckResults,
        [typeof(IncentiveSchemeRow)] = Incentives.Schemes,
        [typeof(IncentiveSchemeParameter)] = Incentives.Parameters,
        [typeof(IncentiveSchemeIndicator)] = Incentives.Indicators,
        [typeof(IncentivePublishedRank)] = Incentives.PublishedRanks,
    };

    /// <summary>Rows per warehouse table, as recorded in the data version.</summary>
    public IReadOnlyDictionary<string, int> RowCounts => new SortedDictionary<string, int>(Planning.RowCounts.Concat(Incentives.RowCounts).ToDictionary(), StringComparer.Ordinal)
    {
        ["dim_region_grouping"] = RegionGroupings.Count,
        ["dim_region"] = Regions.Count,
        ["dim_org_unit"] = OrgUnits.Count,
        ["dim_region_member"] = RegionMembers.Count,
        ["dim_fiscal_year"] = FiscalYears.Count,
        ["dim_document"] = Documents.Count,
        ["dim_unit"] = Units.Count,
        ["dim_measure"] = Measures.Count,
        ["fact_observation"] = Observations.Count,
        ["fact_rollup"] = Rollups.Count,
    };
}
