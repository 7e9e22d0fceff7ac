using GraphQL.Types;
using KenpoGraph.Api.Budgets;
using KenpoGraph.Api.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace KenpoGraph.Api.Tests.Budgets;

/// <summary>Budget fields are identifiable for the finance-scope access rule: by metadata, not by a list kept elsewhere.</summary>
public sealed class FinanceScopeTests
{
    [Fact]
    public void Budget_types_and_query_fields_and_only_they_are_reserved_for_the_finance_scope()
    {
        var services = new ServiceCollection();
        services.AddGraphQLSchema();
        using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<ISchema>();
        schema.Initialize();

        var reservedTypes = schema.AllTypes.Where(t => t.GetMetadata<string>(FinanceScope.MetadataKey) == FinanceScope.Scope).Select(t => t.Name).Order();
        Assert.Equal(["Budget", "BudgetAccount", "BudgetAmount", "BudgetAmountKind", "BudgetLine", "BudgetSide"], reservedTypes);
        var reservedQueries = schema.Query.Fields.Where(f => f.GetMetadata<string>(FinanceScope.MetadataKey) == FinanceScope.Scope).Select(f => f.Name).Order();
        Assert.Equal(["budget", "budgetChecks"], reservedQueries);
    }
}
