using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using KenpoGraph.Api.Access;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.Limits;

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
            .AddSystemTextJson(json =>
            {
                json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
                // The answer's scalars written straight to the writer, the same bytes (Transport/ExecutionResultConverter).
                json.Converters.Add(new Transport.ExecutionResultConverter());
            })
            .AddErrorInfoProvider<KenpoErrorInfoProvider>()
            // Fields that need more than Kenpo.Read (the finance ones) check the caller before they resolve.
            .AddSchemaVisitor<RequiredScopeGuard>()
            // Every object a field hands out is checked against the caller's branches by the owners its record names.
            .AddSchemaVisitor<Visibility.VisibilityGuard>()
            // Every list's size and the fields' weights, for the cost estimate and as @listSize / @cost in the SDL.
            .ConfigureSchema(schema => schema.Directives.Register(new CostDirective(), new ListSizeDirective()))
            .AddSchemaVisitor<ListSizeGuard>()
            // One DbContext per request cannot be shared by parallel resolvers; batching keeps it fast. The strategy also
            // counts the answer's values for the last guard on its size (Limits/ResponseGuard, Limits:MaxResponseValues).
            .AddExecutionStrategy<QueryExecutionStrategy>(OperationType.Query)
            // Each event in a scope of its own, with the subscriber's rights (Subscriptions/EventScopedSubscriptionStrategy).
            .AddExecutionStrategy<Subscriptions.EventScopedSubscriptionStrategy>(OperationType.Subscription));
        // The request limits before the super-linear core rules (Limits/LinearFirstDocumentValidator); the last registration wins.
        services.AddSingleton<GraphQL.Validation.IDocumentValidator, LinearFirstDocumentValidator>();
    }

    /// <summary>The batched loaders of one request (<see cref="RequestLoaders"/>).</summary>
    public static void AddRequestLoaders(this IServiceCollection services)
    {
        services.AddScoped<RequestLoaders>();
        services.AddScoped<Visibility.OwnerDirectory>();
    }
}
