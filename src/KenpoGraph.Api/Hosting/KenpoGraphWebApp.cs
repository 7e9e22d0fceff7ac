using KenpoGraph.Api.Access;
using KenpoGraph.Api.Audit;
using KenpoGraph.Api.Caching;
using KenpoGraph.Api.Disclosure;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Health;
using KenpoGraph.Api.Ide;
using KenpoGraph.Api.Incentives;
using KenpoGraph.Api.Limits;
using KenpoGraph.Api.PersistedOperations;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.Shutdown;
using KenpoGraph.Api.Subscriptions;
using KenpoGraph.Api.Telemetry;
using KenpoGraph.Api.Transport;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KenpoGraph.Api.Hosting;

/// <summary>The web host behind `kenpograph serve`.</summary>
internal static class KenpoGraphWebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        KenpoGraphConfiguration.AddProgramSettings(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddWarehouse(configuration);
        services.AddRequestLoaders();
        services.AddIncentives();
        services.AddGraphQLTransport();
        services.AddSubscriptions(configuration);
        services.AddPersistedOperations(configuration);
        services.TryAddSingleton(TimeProvider.System);
        builder.AddKenpoGraphAccess();
        services.AddDisclosureControl(configuration);
        services.AddRequestLimits(configuration);
        services.AddAuditTrail();
        services.AddGraphQLSchema();
        // After the schema, so the document cache's execution hook is registered after GraphQL.NET's own.
        services.AddKenpoGraphCaching(configuration);
        services.AddKenpoGraphHealthChecks();
        services.AddShutdownGate();
        builder.AddKenpoGraphTelemetry();
        if (builder.Environment.IsProduction())
        {
            // One JSON object per line for log collectors, written in batches (Logging/JsonLinesLoggerProvider); Development
            // keeps the readable console format. EventSource stays for dotnet-trace and dotnet-monitor.
            builder.Logging.ClearProviders();
            // Made by the container, so disposing the host writes out what is still queued.
            builder.Services.AddSingleton<ILoggerProvider>(_ => new Logging.JsonLinesLoggerProvider(Console.OpenStandardOutput()));
            builder.Logging.AddEventSourceLogger();
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
        // graphql-transport-ws upgrades at /graphql; the protocol's own ping keeps it alive (Subscriptions:KeepAliveSeconds).
        app.UseWebSockets();
        app.Map(GraphQLPath, (HttpContext http, GraphQLHttpEndpoint endpoint) => SubscriptionRegistration.RouteAsync(http, endpoint.HandleAsync))
            .RequireRateLimiting(ClientRateLimiting.Policy);
        app.MapKenpoGraphHealthChecks();
        app.MapKenpoGraphMetrics();
        return app;
    }

    public const string GraphQLPath = "/graphql";

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
