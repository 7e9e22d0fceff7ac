using GraphQL.Validation;
using GraphQLParser.AST;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Paging;
using KenpoGraph.Api.Telemetry;
using Microsoft.Extensions.Options;

namespace KenpoGraph.Api.Limits;

/// <summary>
/// Refuses, before anything executes, an operation that nests deeper, aliases more, selects more fields or costs
/// more than <see cref="LimitOptions"/> allows. Runs for every request, also when the parsed document comes from
/// the document cache, because the cost depends on the variables (a page size may be one).
/// </summary>
internal sealed class OperationLimitsRule(IOptions<LimitOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        // Sorting needs the variables in the order the client sent them; coercion puts them in the schema's order.
        Sorting.ClientOrder.Remember(context.UserContext, context.Variables);
        if (context.Operation is { } operation && Check(context.Document, operation, context.Variables, context.Schema, context.UserContext) is { } error)
        {
            context.ReportError(error);
        }
        return default;
    }

    /// <summary>
    /// The first limit <paramref name="operation"/> crosses, or null. Linear in the document's size (each fragment
    /// measured once), so <see cref="LinearFirstDocumentValidator"/> runs it before the rules that are not.
    /// </summary>
    /// <param name="userContext">Where the measures are kept for the GraphQL-Cost header (<see cref="CostReport"/>).</param>
    public LimitExceededError? Check(GraphQLDocument document, GraphQLOperationDefinition operation, IReadOnlyDictionary<string, object?>? variables,
        GraphQL.Types.ISchema schema, IDictionary<string, object?>? userContext = null)
    {
        var limits = options.Value;
        var measured = OperationCost.Measure(document, operation, variables,
            new OperationCost.Paging(schema, CursorPaging.DefaultPageSize));
        CostReport.Record(userContext, measured);
        // One error, the first limit crossed, in this order: depth and aliases say most about what the client did.
        var error = Check(ErrorCodes.MaxDepthExceeded, "nests fields", "levels deep", measured.Depth, limits.MaxDepth, "Limits:MaxDepth")
            ?? Check(ErrorCodes.MaxAliasesExceeded, "uses", "aliases", measured.Aliases, limits.MaxAliases, "Limits:MaxAliases")
            ?? Check(ErrorCodes.MaxFieldsExceeded, "selects", "fields", measured.Fields, limits.MaxFields, "Limits:MaxFields")
            ?? Check(ErrorCodes.MaxCostExceeded, "costs", "(each list's selection times its size, Limits/ListSizes)", measured.Cost, limits.MaxCost, "Limits:MaxCost");
        return error is null ? null : new LimitExceededError(document.Source, operation, error.Value);
    }

    private static LimitBreach? Check(string code, string verb, string noun, long actual, long limit, string setting) =>
        actual > limit ? new LimitBreach(code, $"The operation {verb} {Shown(actual)} {noun}; this server allows at most {limit} ({setting}).", limit, actual) : null;

    private static string Shown(long value) => value == long.MaxValue ? "more than 9,223,372,036,854,775,806" : value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Which limit an operation crossed, and by how much.</summary>
internal readonly record struct LimitBreach(string Code, string Message, long Limit, long Actual);

/// <summary>A request error (the operation never runs) with the limit's stable code, the limit and the measured value.</summary>
internal sealed class LimitExceededError : ValidationError, IStableError
{
    public LimitExceededError(GraphQLParser.ROM source, ASTNode operation, LimitBreach breach)
        : base(source, breach.Code, breach.Message, operation)
    {
        Code = breach.Code;
        Details = new Dictionary<string, object?> { ["limit"] = breach.Limit, ["actual"] = breach.Actual };
    }

    public string StableCode => Code!;

    public IReadOnlyDictionary<string, object?>? Details { get; }
}
