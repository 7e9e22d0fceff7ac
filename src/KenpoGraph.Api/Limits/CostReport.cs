using GraphQL;
using KenpoGraph.Api.Telemetry;

namespace KenpoGraph.Api.Limits;

/// <summary>
/// HotChocolate's <c>GraphQL-Cost</c> request header: <c>report</c> runs the operation and adds its estimated cost to the
/// response's <c>extensions.operationCost</c>; <c>validate</c> validates and estimates it without running it. Either
/// shows a client what an operation costs against <c>Limits:MaxCost</c> before it is refused.
/// </summary>
internal static class CostReport
{
    public const string Header = "GraphQL-Cost";

    private const string MeasuresKey = "kenpograph:measures";

    /// <summary>What the header asks for: null (nothing), "report" or "validate".</summary>
    public static string? Requested(HttpRequest request) =>
        request.Headers[Header].ToString().Trim().ToLowerInvariant() switch
        {
            "report" => "report",
            "validate" => "validate",
            _ => null,
        };

    /// <summary>Keeps what the limits measured where the endpoint finds it after validation.</summary>
    public static void Record(IDictionary<string, object?>? userContext, OperationMeasures measures)
    {
        if (userContext is not null)
        {
            userContext[MeasuresKey] = measures;
        }
    }

    public static OperationMeasures? Measured(IDictionary<string, object?>? userContext) =>
        userContext is not null && userContext.TryGetValue(MeasuresKey, out var value) && value is OperationMeasures measures ? measures : null;

    /// <summary>extensions.operationCost: the estimate (HotChocolate's fieldCost) and this server's limit.</summary>
    public static Dictionary<string, object?> Extension(OperationMeasures measures, long limit) => new()
    {
        ["fieldCost"] = measures.Cost,
        ["maxFieldCost"] = limit,
        ["fields"] = measures.Fields,
        ["depth"] = measures.Depth,
    };
}

/// <summary>Reported by <see cref="CostValidateOnlyRule"/> so that a <c>GraphQL-Cost: validate</c> request never executes; the endpoint removes it.</summary>
internal sealed class CostValidatedOnly(GraphQLParser.ROM source)
    : GraphQL.Validation.ValidationError(source, "cost-validate", "Validated and estimated only (GraphQL-Cost: validate).");

/// <summary>For <c>GraphQL-Cost: validate</c>: stops the operation after validation without another error of its own.</summary>
internal sealed class CostValidateOnlyRule : GraphQL.Validation.ValidationRuleBase
{
    public static readonly CostValidateOnlyRule Instance = new();

    public override ValueTask<GraphQL.Validation.INodeVisitor?> GetPreNodeVisitorAsync(GraphQL.Validation.ValidationContext context)
    {
        context.ReportError(new CostValidatedOnly(context.Document.Source));
        return default;
    }
}
