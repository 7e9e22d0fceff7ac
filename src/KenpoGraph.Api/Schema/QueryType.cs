using GraphQL.Types;
using KenpoGraph.Api.Aggregation;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Budgets;
using KenpoGraph.Api.DataVersions;
using KenpoGraph.Api.Documents;
using KenpoGraph.Api.Facts;
using KenpoGraph.Api.FiscalYears;
using KenpoGraph.Api.Incentives;
using KenpoGraph.Api.Kpis;
using KenpoGraph.Api.Measures;
using KenpoGraph.Api.Plans;
using KenpoGraph.Api.Regions;
using KenpoGraph.Api.Rollups;

namespace KenpoGraph.Api.Schema;

/// <summary>The root query: each feature folder contributes its own fields.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.Says("KenpoGraph: 協会けんぽ's branch-by-fiscal-year facts and planning documents.", "協会けんぽの支部別・年度別データ。");
        this.AddNodeQueries();
        this.AddBranchQueries();
        this.AddRegionQueries();
        this.AddFiscalYearQueries();
        this.AddMembershipQueries();
        this.AddObservationQueries();
        this.AddFactQueries();
        this.AddRollupQueries();
        this.AddAggregateQueries();
        this.AddMeasureQueries();
        this.AddDocumentQueries();
        this.AddDataVersionQueries();
        this.AddPlanQueries();
        this.AddKpiQueries();
        this.AddBudgetQueries();
        this.AddIncentiveQueries();
    }
}
