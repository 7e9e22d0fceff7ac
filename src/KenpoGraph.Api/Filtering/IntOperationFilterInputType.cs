using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Filtering;

/// <summary>IntOperationFilterInput: eq neq in nin gt ngt gte ngte lt nlt lte nlte.</summary>
internal sealed class IntOperationFilterInputType : ComparableOperationFilterInputType<IntOperationFilterInputType, IntGraphType>
{
    public IntOperationFilterInputType() : base("IntOperationFilterInput") =>
        this.Says("Conditions on a whole-number field; all conditions given must hold.", "整数の条件。");
}
