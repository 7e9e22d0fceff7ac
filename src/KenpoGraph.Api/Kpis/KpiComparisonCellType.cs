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
        Description = "One org unit in one fiscal year of a KPI comparison: its target(s) and result(s). KPI比較の一列。";
        Field<NonNullGraphType<KpiType>>("kpi").Description("The KPI. KPI。").Resolve(c => c.LoadByKey<Kpi, string>(c.Source.KpiCode, x => x.Code));
        Field<NonNullGraphType<OrgUnitType>>("orgUnit").Description("The org unit (00 = the association). 組織単位。")
            .Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.OrgUnitCode, x => x.Code));
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Description("The fiscal year. 年度。").Resolve(c => c.Source.FiscalYear);
        Field<KpiTargetType>("target")
            .Description("The target: the business plan's where there is one (with planned volumes), else a KPI table's, else a report's; null where none is printed. 目標。")
            .Resolve(c => c.Source.Target);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiTargetType>>>>("targets").Description("Every printed target of this column, by code. 全ての目標。")
            .Resolve(c => c.Source.Targets);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiResultType>>>>("results").Description("Every printed result of this column, by code. 全ての実績。")
            .Resolve(c => c.Source.Results);
    }
}
