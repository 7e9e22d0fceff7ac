namespace KenpoGraph.Api.Incentives;

internal static class IncentiveRegistration
{
    public static void AddIncentives(this IServiceCollection services) => services.AddScoped<IncentiveRankings>();
}
