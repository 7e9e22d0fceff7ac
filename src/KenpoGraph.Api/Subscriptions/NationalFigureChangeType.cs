using GraphQL.Types;
using KenpoGraph.Api.Measures;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Diffing;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Subscriptions;

internal sealed class NationalFigureChangeType : ObjectGraphType<NationalFigureChange>
{
    public NationalFigureChangeType()
    {
        Name = "NationalFigureChange";
        this.Says("A national figure that a publish moved.", "全国値の変動。");
        Field(x => x.Measure).Says("Measure code.", "指標コード。");
        Field<MeasureType>("measureInfo").Says("The measure itself, as queries read it.", "指標。")
            .Resolve(c => c.LoadByKey<Measure, string>(c.Source.Measure, x => x.Code));
        Field(x => x.FiscalYear).Says("Fiscal year.", "年度。");
        Field<NonNullGraphType<NationalFigureSourceType>>("source").Says("Published by the headquarters (00) or rolled up from the branches.", "出所。")
            .Resolve(c => c.Source.Source);
        Field<ExactDecimalGraphType>("before").Says("Value before; null when the figure is new.", "変更前。").Resolve(c => c.Source.Before);
        Field<ExactDecimalGraphType>("after").Says("Value after; null when the figure is gone.", "変更後。").Resolve(c => c.Source.After);
        Field<ExactDecimalGraphType>("difference").Says("after − before.", "差。").Resolve(c => c.Source.Difference);
    }
}
