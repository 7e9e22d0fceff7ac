using GraphQL.Types;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Provenance;

namespace KenpoGraph.Api.Provenance;

internal sealed class ValueBasisType : EnumerationGraphType<ValueBasis>
{
    public ValueBasisType()
    {
        Name = "ValueBasis";
        this.Says("What point or span of time a figure describes.", "時点の基準。");
        Values.FindByValue(ValueBasis.FiscalYearEnd)!.Description = "A count at fiscal-year end (31 March). 年度末。";
        Values.FindByValue(ValueBasis.FiscalYearAverage)!.Description = "An average over the fiscal year (or the span the source defines). 年度平均。";
        Values.FindByValue(ValueBasis.AsOfDate)!.Description = "A value as of a stated date. 時点。";
        Values.FindByValue(ValueBasis.Period)!.Description = "A flow over the whole period. 期間。";
    }
}
