using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Incentives;

internal sealed class IncentiveChangeType : ObjectGraphType<Domain.Incentives.IndicatorChange>
{
    public IncentiveChangeType()
    {
        Name = "IncentiveChange";
        this.Says("One indicator value set by a simulation.", "変更内容。");
        Field("branch", x => x.BranchCode).Says("Branch code.", "支部コード。");
        Field(x => x.Indicator).Says("Indicator number 1–5.", "指標番号。");
        Field(x => x.Value, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Says("The simulated value.", "変更後の値。");
    }
}
