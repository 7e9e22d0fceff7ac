namespace KenpoGraph.Domain.Budgets;

/// <summary>Whose money a budget tree is (docs/domain.md "Budget"); accounts never transfer to each other.</summary>
public enum BudgetAccount
{
    /// <summary>健康保険勘定: the health insurance account.</summary>
    HealthAccount,

    /// <summary>船員保険勘定: the seafarers' insurance account.</summary>
    SeafarersAccount,

    /// <summary>支部保険者機能強化予算: a branch's programme budget.</summary>
    BranchProgramme,

    /// <summary>The association as a whole (債務負担行為, multi-year obligations).</summary>
    Association,
}

/// <summary>Revenue or expenditure.</summary>
public enum BudgetSide
{
    /// <summary>収入.</summary>
    Revenue,

    /// <summary>支出.</summary>
    Expenditure,
}

/// <summary>What an amount of a budget line is.</summary>
public enum BudgetAmountKind
{
    /// <summary>予算額: the budget.</summary>
    Budget,

    /// <summary>対前年度予算比: change against the previous year's budget.</summary>
    ChangeFromPrevious,

    /// <summary>主な増減要因: one driver of the change; a partial breakdown, never summed.</summary>
    ChangeDriver,

    /// <summary>要求額: requested.</summary>
    Requested,

    /// <summary>予算上限額: the ceiling.</summary>
    Ceiling,

    /// <summary>予算額（見込み）: a draft estimate.</summary>
    BudgetEstimate,

    /// <summary>限度額: the limit of a multi-year obligation.</summary>
    ObligationLimit,
}

public static class BudgetAmountKinds
{
    /// <summary>Whether a parent's amount of this kind is the sum of its children's (drivers explain only part of a change).</summary>
    public static bool IsAdditive(this BudgetAmountKind kind) => kind != BudgetAmountKind.ChangeDriver;
}
