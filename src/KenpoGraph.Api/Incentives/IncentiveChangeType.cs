using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Incentives;

internal sealed class IncentiveChangeType : ObjectGraphType<Domain.Incentives.IndicatorChange>
{
    public IncentiveChangeType()
    {
        Name = "IncentiveChange";
        Description = "One indicator value set by a simulation. 変更内容。";
        Field<NonNullGraphType<StringGraphType>>("branch").Description("Branch code. 支部コード。").Resolve(c => c.Source.BranchCode);
        Field<NonNullGraphType<IntGraphType>>("indicator").Description("Indicator number 1–5. 指標番号。").Resolve(c => c.Source.Indicator);
        Field<NonNullGraphType<ExactDecimalGraphType>>("value").Description("The simulated value. 変更後の値。").Resolve(c => c.Source.Value);
    }
}
