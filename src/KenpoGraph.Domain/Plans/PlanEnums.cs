namespace KenpoGraph.Domain.Plans;

/// <summary>The insurance scheme a plan, KPI or budget belongs to; each has its own account (docs/domain.md "Organisation").</summary>
public enum Scheme
{
    /// <summary>健康保険: health insurance, the association's main scheme.</summary>
    HealthInsurance,

    /// <summary>船員保険: seafarers' insurance, national only, separate account.</summary>
    SeafarersInsurance,
}

/// <summary>What a plan document is (docs/domain.md "Plans and KPIs").</summary>
public enum PlanDocumentKind
{
    /// <summary>事業計画基本方針: the headquarters' basic policy for the year's plans.</summary>
    BasicPolicy,

    /// <summary>事業計画: a business plan.</summary>
    BusinessPlan,

    /// <summary>KPI 一覧表: a table of KPI targets.</summary>
    KpiTable,

    /// <summary>予算: a revenue and expenditure budget.</summary>
    Budget,

    /// <summary>予算総則: general budget provisions (obligation limits, transfer rules).</summary>
    BudgetProvisions,

    /// <summary>支部保険者機能強化予算: a branch's programme budget.</summary>
    ProgrammeBudget,

    /// <summary>重点課題と取組: a branch's priority issues.</summary>
    PriorityIssues,

    /// <summary>事業報告 / 事業結果: a report on a year's business.</summary>
    BusinessReport,

    /// <summary>目標達成状況: a table of targets with their attainment.</summary>
    GoalAttainment,
}

/// <summary>How deep in a plan a node sits, by what the source prints (area → group → measure → sub-measure → action).</summary>
public enum PlanNodeLevel
{
    /// <summary>A numbered chapter of the document, e.g. ３．主な重点施策.</summary>
    Root,

    /// <summary>Introductory text before the areas.</summary>
    Preamble,

    /// <summary>A policy area (分野), e.g. １．基盤的保険者機能の盤石化.</summary>
    Area,

    /// <summary>A group of measures (○, ●, Ⅰ）).</summary>
    Group,

    /// <summary>A measure (①, ②).</summary>
    Measure,

    /// <summary>A sub-measure (ⅰ）, ⅱ）).</summary>
    SubMeasure,

    /// <summary>A block for one population: （被保険者）, （被扶養者）, （共通）.</summary>
    TargetGroup,

    /// <summary>A bullet (・) that carries its own flag, as in the headquarters' basic policy.</summary>
    Action,
}

/// <summary>The marks the plans print on a node.</summary>
public enum PlanNodeFlag
{
    /// <summary>【重要度：高】, with the printed reason.</summary>
    ImportanceHigh,

    /// <summary>【困難度：高】, with the printed reason.</summary>
    DifficultyHigh,

    /// <summary>（新規）: new this year.</summary>
    New,

    /// <summary>（拡充）: expanded this year.</summary>
    Expanded,
}
