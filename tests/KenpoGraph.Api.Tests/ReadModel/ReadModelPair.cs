using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQLParser.AST;
using KenpoGraph.Api.Tests.Security;
using Microsoft.Extensions.DependencyInjection;

namespace KenpoGraph.Api.Tests.ReadModel;

/// <summary>
/// Two servers over one warehouse (the first one's data directory): one answering from the read model (built on a
/// version's first request, ReadModel:Build Inline) as the API serves, one from SQL only (ReadModel:Enabled false) and
/// executed and written the way GraphQL.NET does out of the box: its serial strategy (collecting each object's fields
/// afresh) and its own result converter, instead of Schema/QueryExecutionStrategy and Transport/ExecutionResultConverter.
/// Both are under the shipped access defaults so tokens of every scope can be minted. The same data version, the same
/// rows: any difference in an answer is the serving path's.
/// </summary>
public sealed class ReadModelPair : IDisposable
{
    public ReadModelPair()
    {
        Memory = new PairedApi(new Dictionary<string, string> { ["ReadModel:Build"] = "Inline" });
        Sql = new PairedApi(new Dictionary<string, string> { ["ReadModel:Enabled"] = "false", ["Warehouse:DataDirectory"] = Memory.DataDirectory },
            StockExecution.Use);
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
public sealed class PairedApi(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? services = null) : SecuredApi(
    new Dictionary<string, string>(settings)
    {
        ["Limits:RateLimit:PermitLimit"] = "0",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:KenpoGraph.Audit"] = "Warning",
    }, services)
{
    internal string DataDirectory => Workspace.DataDirectory;
}

/// <summary>GraphQL.NET's own query execution and result writing, for the side the serving path is compared with.</summary>
internal static class StockExecution
{
    public static void Use(IServiceCollection services)
    {
        services.AddSingleton<IExecutionStrategySelector>(provider => new DefaultExecutionStrategySelector(
            provider.GetServices<ExecutionStrategyRegistration>()
                .Where(registration => registration.Operation != OperationType.Query)
                .Append(new ExecutionStrategyRegistration(new SerialExecutionStrategy(), OperationType.Query))));
        services.AddSingleton<IGraphQLTextSerializer>(provider => new GraphQLSerializer(
            json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), provider.GetRequiredService<IErrorInfoProvider>()));
    }
}
