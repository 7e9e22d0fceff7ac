using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using KenpoGraph.Api.Access;
using KenpoGraph.Api.Audit;
using KenpoGraph.Api.Caching;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.Health;
using KenpoGraph.Api.Ide;
using KenpoGraph.Api.Limits;
using KenpoGraph.Api.PersistedOperations;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.Shutdown;
using KenpoGraph.Api.Telemetry;
using KenpoGraph.Api.Transport;
using KenpoGraph.Api.Validation;
using KenpoGraph.Api.Warehouse;
using KenpoGraph.Warehouse.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KenpoGraph.Api.Hosting;

/// <summary>The web host behind `kenpograph serve`.</summary>
internal static class KenpoGraphWebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        KenpoGraphConfiguration.AddProgramSettings(builder);
        builder.Services.Configure<WarehouseOptions>(builder.Configuration.GetSection(WarehouseOptions.Section));
        builder.Services.AddSingleton(services => WarehouseStores.Create(services.GetRequiredService<IOptions<WarehouseOptions>>().Value));
        builder.Services.AddHostedService<WarehouseBootstrap>();
        builder.Services.AddScoped<RequestWarehouse>();
        builder.Services.AddScoped<RequestLoaders>();
        builder.Services.AddScoped<Incentives.IncentiveRankings>();
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        builder.Services.Configure<PersistedOperationOptions>(builder.Configuration.GetSection(PersistedOperationOptions.Section));
        builder.Services.AddSingleton<PersistedOperationStore>();
        builder.Services.Configure<CachingOptions>(builder.Configuration.GetSection(CachingOptions.Section));
        builder.Services.AddSingleton<ResponseCache>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddKenpoGraphAccess();
        builder.Services.Configure<LimitOptions>(builder.Configuration.GetSection(LimitOptions.Section));
        builder.Services.AddSingleton<OperationLimitsRule>();
        builder.Services.AddClientRateLimiting();
        builder.Services.AddSingleton<AuditTrail>();
        AddGraphQLSchema(builder.Services);
        builder.Services.AddSingleton<DocumentCache>();
        builder.Services.AddSingleton<IConfigureExecution>(services => services.GetRequiredService<DocumentCache>());
        builder.Services.AddKenpoGraphHealthChecks();
        builder.Services.AddShutdownGate();
        builder.AddKenpoGraphTelemetry();
        if (builder.Environment.IsProduction())
        {
            // One JSON object per line for log collectors; Development keeps the readable console format.
            builder.Logging.AddJsonConsole();
        }

        var app = builder.Build();
        if (AccessRegistration.IssuerFor(builder) is null)
        {
            app.Logger.LogWarning("No token issuer is configured (AzureAd:ClientId or Auth:TokenIssuer): every bearer token is refused, and only Auth:AnonymousScopes apply.");
        }
        app.UseExceptionHandler(failure => failure.Run(InternalServerErrorAsync));
        app.UseShutdownGate();
        // Browsers asking for HTML at /graphql get the IDE; every GraphQL request passes through untouched.
        app.UseBananaCakePop();
        // Reads a bearer token into the user, so the rate limiter can key by client; /graphql refuses bad ones itself (Access/AccessGate).
        app.UseAuthentication();
        app.UseMetricsAccess(TelemetryRegistration.MetricsPath);
        var audit = app.Services.GetRequiredService<AuditTrail>();
        app.UseWhen(http => http.Request.Path.StartsWithSegments(GraphQLPath), graphql => graphql.Use(audit.InvokeAsync));
        app.UseRateLimiter();
        app.Map(GraphQLPath, (HttpContext http, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(http))
            .RequireRateLimiting(ClientRateLimiting.Policy);
        app.MapKenpoGraphHealthChecks();
        app.MapKenpoGraphMetrics();
        return app;
    }

    public const string GraphQLPath = "/graphql";

    /// <summary>The schema and its executor; also used by `kenpograph schema`, which needs no web host.</summary>
    public static void AddGraphQLSchema(IServiceCollection services)
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
            // Every list's size and the fields' weights, for the cost estimate and as @listSize / @cost in the SDL.
            .ConfigureSchema(schema => schema.Directives.Register(new CostDirective(), new ListSizeDirective()))
            .AddSchemaVisitor<ListSizeGuard>()
            // The last guard on an answer's size: stops an execution past Limits:MaxResponseValues.
            .UseMiddleware<ResponseGuard>()
            // One DbContext per request cannot be shared by parallel resolvers; batching keeps it fast.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query));
        // The request limits before the super-linear core rules (Limits/LinearFirstDocumentValidator); the last registration wins.
        services.AddSingleton<GraphQL.Validation.IDocumentValidator, LinearFirstDocumentValidator>();
    }

    /// <summary>Last resort outside GraphQL execution: a GraphQL-shaped error with a stable code, never a stack trace.</summary>
    private static async Task InternalServerErrorAsync(HttpContext http)
    {
        // Kestrel's own refusals (a body too slow or too large) are the client's, with Kestrel's status: Transport/KestrelRefusals.
        if (http.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error is BadHttpRequestException refused)
        {
            await GraphQLErrorResponse.WriteAsync(http, KestrelRefusals.StatusOf(refused), KestrelRefusals.ToError(refused));
            return;
        }
        http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(
            $$$"""{"errors":[{"message":"An unexpected error occurred. It has been logged on the server.","extensions":{"code":"{{{ErrorCodes.InternalServerError}}}"}}]}""");
    }
}
