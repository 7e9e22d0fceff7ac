using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Filtering;

/// <summary>DecimalOperationFilterInput (HotChocolate's name): eq neq in nin gt ngt gte ngte lt nlt lte nlte on an exact decimal.</summary>
internal sealed class DecimalOperationFilterInputType : ComparableOperationFilterInputType<DecimalOperationFilterInputType, ExactDecimalGraphType>
{
    public DecimalOperationFilterInputType() : base("DecimalOperationFilterInput") =>
        this.Says("Conditions on an exact decimal field (compared exactly, not as floating point); all conditions given must hold.", "10進数の条件。");
}
