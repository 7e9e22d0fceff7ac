namespace KenpoGraph.Domain.Access;

/// <summary>
/// The permissions a caller can hold, as delegated scopes (<c>scp</c>) or app roles (<c>roles</c>) of its token
/// (docs/architecture.md "Access control"). The values are the names registered in the Entra ID app registration.
/// </summary>
public static class KenpoScope
{
    /// <summary>Plans, KPIs, facts and roll-ups: every field except budgets and finance facts.</summary>
    public const string Read = "Kenpo.Read";

    /// <summary>Budget lines and finance facts (支部収支), in addition to <see cref="Read"/>.</summary>
    public const string FinanceRead = "Kenpo.Finance.Read";

    /// <summary>Operating the service: the metrics endpoint, and anything that will change data or reload it.</summary>
    public const string Admin = "Kenpo.Admin";

    /// <summary>Facts of measures with this subject (支部収支: branch budget and settlement) are finance facts, read with <see cref="FinanceRead"/>.</summary>
    public const string FinanceFactSubject = "FINANCE";

    /// <summary>Every permission this API knows, for validating configuration and minted tokens.</summary>
    public static IReadOnlyList<string> All { get; } = [Read, FinanceRead, Admin];
}
