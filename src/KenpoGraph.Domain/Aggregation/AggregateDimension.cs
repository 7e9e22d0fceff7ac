namespace KenpoGraph.Domain.Aggregation;

/// <summary>What an ad-hoc aggregate can be grouped by (any combination; none gives one group per measure).</summary>
public enum AggregateDimension
{
    FiscalYear,
    OrgUnit,
    OrgUnitKind,
    Region,
    Subject,
    Quality,

    /// <summary>A grouping of branches the client defines in the request (custom groups).</summary>
    Group,
}
