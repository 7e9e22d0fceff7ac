namespace KenpoGraph.Api.Visibility;

/// <summary>What a value's owner is named by: an org unit itself, or a row whose org unit decides (looked up in <see cref="OwnerDirectory"/>).</summary>
internal enum OwnerKind
{
    /// <summary>An org unit code: 00 (national, visible to all) or a branch 01–47.</summary>
    OrgUnit,

    /// <summary>A plan document code: owned by the plan's org unit.</summary>
    Plan,

    /// <summary>A budget line code: owned by its plan document.</summary>
    BudgetLine,

    /// <summary>A KPI result code: owned by its org unit and by the plan document that prints it.</summary>
    KpiResult,

    /// <summary>A source document code: owned by the org unit that issued it.</summary>
    DocumentIssuer,
}

/// <summary>One owner of a value, as the record names it. A value is visible when every one of its owners is.</summary>
internal readonly record struct Owner(OwnerKind Kind, string Code)
{
    public static Owner OrgUnit(string code) => new(OwnerKind.OrgUnit, code);

    public static Owner Plan(string code) => new(OwnerKind.Plan, code);

    public static Owner BudgetLine(string code) => new(OwnerKind.BudgetLine, code);

    public static Owner KpiResult(string code) => new(OwnerKind.KpiResult, code);

    public static Owner DocumentIssuer(string code) => new(OwnerKind.DocumentIssuer, code);
}
