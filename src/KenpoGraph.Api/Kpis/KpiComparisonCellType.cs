using GraphQL.Types;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Kpis;

internal sealed class KpiComparisonCellType : ObjectGraphType<KpiComparisonCell>
{
    public KpiComparisonCellType()
    {
        Name = "KpiComparisonCell";
        this.Says("One org unit in one fiscal year of a KPI comparison: its target(s) and result(s).", "KPI比較の一列。");
        Field<NonNullGraphType<KpiType>>("kpi").Says("The KPI.", "KPI。").Resolve(c => c.LoadByKey<Kpi, string>(c.Source.KpiCode, x => x.Code));
        Field<NonNullGraphType<OrgUnitType>>("orgUnit").Says("The org unit (00 = the association).", "組織単位。")
            .Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.OrgUnitCode, x => x.Code));
        Field(x => x.FiscalYear).Says("The fiscal year.", "年度。");
        Field(x => x.Target, type: typeof(KpiTargetType))
            .Says("The target: the business plan's where there is one (with planned volumes), else a KPI table's, else a report's; null where none is printed.", "目標。");
        Field(x => x.Targets, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<KpiTargetType>>>)).Says("Every printed target of this column, by code.", "全ての目標。");
        Field(x => x.Results, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<KpiResultType>>>)).Says("Every printed result of this column, by code.", "全ての実績。");
    }
}
