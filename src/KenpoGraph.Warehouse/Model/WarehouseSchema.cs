using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KenpoGraph.Warehouse.Model;

/// <summary>
/// The schema a context's tables are in. A server warehouse keeps each data version in its own schema
/// (<c>kenpograph_v000003</c>), so one model per schema: the model cache is keyed on it
/// (<see cref="WarehouseModelCacheKey"/>), and every other service is shared between versions.
/// </summary>
internal sealed class WarehouseSchema(string name) : IDbContextOptionsExtension
{
    public string Name { get; } = name;

    public DbContextOptionsExtensionInfo Info => new SchemaInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    /// <summary>Adds the schema and the schema-aware model cache to <paramref name="builder"/>.</summary>
    public static DbContextOptionsBuilder<WarehouseDbContext> Use(DbContextOptionsBuilder<WarehouseDbContext> builder, string schema)
    {
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new WarehouseSchema(schema));
        return builder.ReplaceService<IModelCacheKeyFactory, WarehouseModelCacheKey>();
    }

    private sealed class SchemaInfo(WarehouseSchema extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => $"Schema={((WarehouseSchema)Extension).Name} ";

        // The schema changes the model, not the services: every version shares one internal service provider.
        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is SchemaInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["KenpoGraph:Schema"] = ((WarehouseSchema)Extension).Name;
    }
}

/// <summary>One cached model per schema (EF Core's default key is the context type alone).</summary>
internal sealed class WarehouseModelCacheKey : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), (context as WarehouseDbContext)?.Schema, designTime);
}
