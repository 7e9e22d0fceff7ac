namespace KenpoGraph.Api.Audit;

internal static class AuditRegistration
{
    public static void AddAuditTrail(this IServiceCollection services) => services.AddSingleton<AuditTrail>();
}
