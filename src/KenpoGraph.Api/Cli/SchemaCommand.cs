using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Cli;

/// <summary>`kenpograph schema`: the SDL clients build against.</summary>
internal static class SchemaCommand
{
    public static string PrintSchema()
    {
        var services = new ServiceCollection();
        services.AddGraphQLSchema();
        using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true });
    }
}
