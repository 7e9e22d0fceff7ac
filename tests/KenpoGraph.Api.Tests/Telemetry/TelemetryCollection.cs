namespace KenpoGraph.Api.Tests.Telemetry;

/// <summary>
/// Telemetry tests run on their own, after the parallel ones. The OpenTelemetry SDK subscribes to meters by
/// name across the whole process, so while other test hosts come and go, one host's /metrics can lose
/// ASP.NET Core's series to another host's disposed meter. One process serves one host in production.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
