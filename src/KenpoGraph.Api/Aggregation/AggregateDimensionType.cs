using GraphQL.Types;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Aggregation;

namespace KenpoGraph.Api.Aggregation;

internal sealed class AggregateDimensionType : EnumerationGraphType<AggregateDimension>
{
    public AggregateDimensionType()
    {
        Name = "AggregateDimension";
        this.Says("What `aggregate` groups branch-level rows by; any combination, none for one group per measure.", "集計の軸。");
        Values.FindByValue(AggregateDimension.FiscalYear)!.Description = "The fiscal year. 年度。";
        Values.FindByValue(AggregateDimension.OrgUnit)!.Description = "The branch: one group per branch (a branch the token may not see has no group). 支部。";
        Values.FindByValue(AggregateDimension.OrgUnitKind)!.Description = "The org unit's kind (branch-level rows are all BRANCH). 組織種別。";
        Values.FindByValue(AggregateDimension.Region)!.Description = "The branch's region in the `grouping` argument's region grouping (default: the default grouping). 地域ブロック。";
        Values.FindByValue(AggregateDimension.Subject)!.Description = "The measure's subject (MEMBERSHIP, CHECKUP …). 分野。";
        Values.FindByValue(AggregateDimension.Quality)!.Description = "The quality of the branch rows (PUBLISHED, DERIVED, DEMO). 品質区分。";
        Values.FindByValue(AggregateDimension.Group)!.Description = "The client-defined group of the `groups` argument (branches in no group are left out). 任意グループ。";
    }
}
