using GraphQL.Types;
using KenpoGraph.Api.Plans;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Documents;

internal static class SourceDocumentPlans
{
    /// <summary>SourceDocument.plans: the plan documents (plans, KPI tables, budgets, reports) a source file holds.</summary>
    public static void AddPlansField(this ObjectGraphType<SourceDocument> document) =>
        document.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanType>>>>("plans")
            .Says("The plan documents this source file holds, by code.", "収録された計画文書。")
            .Resolve(c => c.LoadGroup<PlanDocument, string, string>("plansOfDocument", c.Source.Code, x => x.DocumentCode, x => x.Code));
}
