namespace KenpoGraph.Warehouse.Loading;

/// <summary>
/// The seed folder's file names (db/seed/README.md), written once: the readers open them and every
/// message about a row names its file through them.
/// </summary>
public static class SeedFiles
{
    // Dimensions.
    public const string RegionGroupings = "region_groupings.csv";
    public const string Regions = "regions.csv";
    public const string OrgUnits = "org_units.csv";
    public const string RegionMembers = "region_members.csv";
    public const string FiscalYears = "fiscal_years.csv";
    public const string Documents = "documents.csv";
    public const string Units = "units.csv";
    public const string Measures = "measures.csv";

    // Facts of the sources (a demonstration file adds the demo_ prefix).
    public const string Membership = "membership.csv";
    public const string MedicalCosts = "medical_costs.csv";
    public const string Checkups = "checkups.csv";
    public const string Guidance = "guidance.csv";
    public const string IncentiveIndicators = "incentive_indicators.csv";
    public const string PremiumRates = "premium_rates.csv";
    public const string BranchFinance = "branch_finance.csv";

    // Plans, KPIs and budgets.
    public const string PlanDocuments = "plan_documents.csv";
    public const string PlanNodes = "plan_nodes.csv";
    public const string Kpis = "kpis.csv";
    public const string KpiMethodVersions = "kpi_method_versions.csv";
    public const string KpiTargets = "kpi_targets.csv";
    public const string KpiResults = "kpi_results.csv";
    public const string AttainmentTallies = "attainment_tallies.csv";
    public const string BudgetLines = "budget_lines.csv";
    public const string BudgetAmounts = "budget_amounts.csv";
    public const string KnownDiscrepancies = "known_discrepancies.csv";

    // The incentive scheme.
    public const string IncentiveSchemes = "incentive_schemes.csv";
    public const string IncentiveSchemeParameters = "incentive_scheme_parameters.csv";
    public const string IncentiveSchemeIndicators = "incentive_scheme_indicators.csv";
    public const string IncentivePublishedRanks = "incentive_published_ranks.csv";
}
