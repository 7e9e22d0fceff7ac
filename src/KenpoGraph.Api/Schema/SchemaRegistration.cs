using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using KenpoGraph.Api.Access;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Filtering;

namespace KenpoGraph.Api.Schema;

internal static class SchemaRegistration
{
    /// <summary>The schema and its executor; also used by `kenpograph schema`, which needs no web host.</summary>
    public static void AddGraphQLSchema(this IServiceCollection services)
    {
        services.AddTransient(typeof(EnumOperationFilterInputType<>));
        services.AddGraphQL(graphql => graphql
            .AddSchema<KenpoSchema>()
            .AddGraphTypes(typeof(KenpoSchema).Assembly)
            // Japanese must reach clients as text (山梨), not as \u5C71\u68A8 escapes.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            .AddErrorInfoProvider<KenpoErrorInfoProvider>()
            // Fields that need more than Kenpo.Read (the finance ones) check the caller before they resolve.
            .AddSchemaVisitor<RequiredScopeGuard>()
            // One DbContext per request cannot be shared by parallel resolvers; batching keeps it fast.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query));
    }

    /// <summary>The batched loaders of one request (<see cref="RequestLoaders"/>).</summary>
    public static void AddRequestLoaders(this IServiceCollection services) => services.AddScoped<RequestLoaders>();
}
