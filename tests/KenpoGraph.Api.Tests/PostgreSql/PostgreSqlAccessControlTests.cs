using KenpoGraph.Api.Tests.Security;

namespace KenpoGraph.Api.Tests.PostgreSql;

/// <summary>The API under the shipped access defaults on a PostgreSQL database of its own (first start loads the whole seed).</summary>
public sealed class PostgreSqlSecuredApi : SecuredApi
{
    public PostgreSqlSecuredApi() : this(WarehouseUnderTest.PostgreSql())
    {
    }

    private PostgreSqlSecuredApi(WarehouseUnderTest warehouse) : base(warehouse.HostSettings())
    {
        Warehouse = warehouse;
    }

    private WarehouseUnderTest Warehouse { get; }

    internal override string? Missing => Warehouse.Missing;
}

[CollectionDefinition(Name)]
public sealed class PostgreSqlSecuredApiCollection : ICollectionFixture<PostgreSqlSecuredApi>
{
    public const string Name = "Secured API on PostgreSQL";
}

/// <summary>The branch-scope attack suite (<see cref="BranchScopeAttacks"/>) with the row filter's SQL run by PostgreSQL.</summary>
[Collection(PostgreSqlSecuredApiCollection.Name)]
public sealed class PostgreSqlBranchScopeAttackTests(PostgreSqlSecuredApi api) : BranchScopeAttacks(api);

/// <summary>The finance-scope attack suite (<see cref="FinanceScopeAttacks"/>) on PostgreSQL.</summary>
[Collection(PostgreSqlSecuredApiCollection.Name)]
public sealed class PostgreSqlFinanceScopeAttackTests(PostgreSqlSecuredApi api) : FinanceScopeAttacks(api);
