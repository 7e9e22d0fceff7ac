using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Plans;

namespace KenpoGraph.Api.Plans;

internal sealed class SchemeType() : CodeEnumerationGraphType<Scheme>("Insurance scheme; each has its own account. 制度。", new Dictionary<Scheme, string>
{
    [Scheme.HealthInsurance] = "健康保険: health insurance.",
    [Scheme.SeafarersInsurance] = "船員保険: seafarers' insurance (national only, separate account).",
});

internal sealed class PlanDocumentKindType() : CodeEnumerationGraphType<PlanDocumentKind>("What a plan document is. 計画文書の種類。", new Dictionary<PlanDocumentKind, string>
{
    [PlanDocumentKind.BasicPolicy] = "事業計画基本方針: the headquarters' basic policy.",
    [PlanDocumentKind.BusinessPlan] = "事業計画: a business plan.",
    [PlanDocumentKind.KpiTable] = "KPI 一覧表: a table of KPI targets.",
    [PlanDocumentKind.Budget] = "予算: a revenue and expenditure budget.",
    [PlanDocumentKind.BudgetProvisions] = "予算総則: general budget provisions.",
    [PlanDocumentKind.ProgrammeBudget] = "支部保険者機能強化予算: a branch programme budget.",
    [PlanDocumentKind.PriorityIssues] = "重点課題と取組: a branch's priority issues.",
    [PlanDocumentKind.BusinessReport] = "事業報告 / 事業結果: a report on the year's business.",
    [PlanDocumentKind.GoalAttainment] = "目標達成状況: targets with their attainment.",
});

internal sealed class PlanNodeLevelType() : CodeEnumerationGraphType<PlanNodeLevel>("How deep in a plan a node sits. 階層。", new Dictionary<PlanNodeLevel, string>
{
    [PlanNodeLevel.Root] = "A numbered chapter, e.g. ３．主な重点施策.",
    [PlanNodeLevel.Preamble] = "Introductory text before the areas.",
    [PlanNodeLevel.Area] = "A policy area (分野), e.g. １．基盤的保険者機能の盤石化.",
    [PlanNodeLevel.Group] = "A group of measures (○, ●, Ⅰ）).",
    [PlanNodeLevel.Measure] = "A measure (①, ②).",
    [PlanNodeLevel.SubMeasure] = "A sub-measure (ⅰ）, ⅱ）).",
    [PlanNodeLevel.TargetGroup] = "A block for one population: （被保険者）, （被扶養者）, （共通）.",
    [PlanNodeLevel.Action] = "A bullet (・) with its own flag.",
});

internal sealed class PlanNodeFlagKindType : CodeEnumerationGraphType<PlanNodeFlag>
{
    // PlanNodeFlag names the object type of a mark with its reason; this enum is its kind.
    public PlanNodeFlagKindType() : base("A mark printed on a plan node. 施策の区分表示。", new Dictionary<PlanNodeFlag, string>
    {
        [PlanNodeFlag.ImportanceHigh] = "【重要度：高】: high importance, with the printed reason.",
        [PlanNodeFlag.DifficultyHigh] = "【困難度：高】: high difficulty, with the printed reason.",
        [PlanNodeFlag.New] = "（新規）: new this year.",
        [PlanNodeFlag.Expanded] = "（拡充）: expanded this year.",
    }) => Name = "PlanNodeFlagKind";
}
