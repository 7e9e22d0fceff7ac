using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Budgets;

namespace KenpoGraph.Api.Budgets;

internal sealed class BudgetAccountType : CodeEnumerationGraphType<BudgetAccount>
{
    public BudgetAccountType() : base("Whose money a budget is; accounts never transfer to each other. 勘定。", new Dictionary<BudgetAccount, string>
    {
        [BudgetAccount.HealthAccount] = "健康保険勘定: the health insurance account.",
        [BudgetAccount.SeafarersAccount] = "船員保険勘定: the seafarers' insurance account.",
        [BudgetAccount.BranchProgramme] = "支部保険者機能強化予算: a branch's programme budget.",
        [BudgetAccount.Association] = "The association as a whole (債務負担行為, multi-year obligations).",
    }) => this.ReserveForFinance();
}

internal sealed class BudgetSideType : CodeEnumerationGraphType<BudgetSide>
{
    public BudgetSideType() : base("Revenue or expenditure. 収入・支出。", new Dictionary<BudgetSide, string>
    {
        [BudgetSide.Revenue] = "収入: revenue.",
        [BudgetSide.Expenditure] = "支出: expenditure.",
    }) => this.ReserveForFinance();
}

internal sealed class BudgetAmountKindType : CodeEnumerationGraphType<BudgetAmountKind>
{
    public BudgetAmountKindType() : base("What an amount of a budget line is. 金額の種類。", new Dictionary<BudgetAmountKind, string>
    {
        [BudgetAmountKind.Budget] = "予算額: the budget.",
        [BudgetAmountKind.ChangeFromPrevious] = "対前年度予算比: change against the previous year's budget.",
        [BudgetAmountKind.ChangeDriver] = "主な増減要因: one driver of the change; a partial breakdown, never summed.",
        [BudgetAmountKind.Requested] = "要求額: requested.",
        [BudgetAmountKind.Ceiling] = "予算上限額: the ceiling.",
        [BudgetAmountKind.BudgetEstimate] = "予算額（見込み）: a draft estimate.",
        [BudgetAmountKind.ObligationLimit] = "限度額: the limit of a multi-year obligation.",
    }) => this.ReserveForFinance();
}
