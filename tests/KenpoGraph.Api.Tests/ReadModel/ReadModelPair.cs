using KenpoGraph.Api.Tests.Security;

namespace KenpoGraph.Api.Tests.ReadModel;

/// <summary>
/// Two servers over one warehouse (the first one's data directory): one answering from the read model (built on a
/// version's first request, ReadModel:Build Inline), one from SQL only (ReadModel:Enabled false), both under the shipped
/// access defaults so tokens of every scope can be minted. The same data version, the same rows: any difference in an
/// answer is the read path's.
/// </summary>
public sealed class ReadModelPair : IDisposable
{
    public ReadModelPair()
    {
        Memory = new PairedApi(new Dictionary<string, string> { ["ReadModel:Build"] = "Inline" });
        Sql = new PairedApi(new Dictionary<string, string> { ["ReadModel:Enabled"] = "false", ["Warehouse:DataDirectory"] = Memory.DataDirectory });
    }

    public PairedApi Memory { get; }

    public PairedApi Sql { get; }

    public void Dispose()
    {
        Sql.Dispose();
        Memory.Dispose();
    }
}

/// <summary>One server of the pair, with the rate limit off (the comparison sends a few thousand requests) and quiet logs.</summary>
public sealed class PairedApi(IReadOnlyDictionary<string, string> settings) : SecuredApi(new Dictionary<string, string>(settings)
{
    ["Limits:RateLimit:PermitLimit"] = "0",
    ["Logging:LogLevel:Default"] = "Warning",
    ["Logging:LogLevel:KenpoGraph.Audit"] = "Warning",
})
{
    internal string DataDirectory => Workspace.DataDirectory;
}
