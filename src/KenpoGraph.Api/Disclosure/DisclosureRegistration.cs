using KenpoGraph.Domain.Disclosure;

namespace KenpoGraph.Api.Disclosure;

internal static class DisclosureRegistration
{
    /// <summary>Disclosure control for aggregates: the threshold from Access:Disclosure, validated when the host starts.</summary>
    public static void AddDisclosureControl(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DisclosureOptions>().Bind(configuration.GetSection(DisclosureOptions.Section))
            .Validate(o => o.MinimumHiddenContributors >= 1,
                $"{DisclosureOptions.Section}:MinimumHiddenContributors must be at least 1 (default {DisclosureRule.DefaultMinimumHiddenContributors}).")
            .ValidateOnStart();
        services.AddSingleton<DisclosureSwitch>();
        services.AddSingleton<DisclosureDecisions>();
        services.AddScoped<AggregateDisclosure>();
    }
}
