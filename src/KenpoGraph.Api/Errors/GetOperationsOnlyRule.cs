using GraphQL.Validation;
using GraphQLParser.AST;

namespace KenpoGraph.Api.Errors;

/// <summary>
/// GraphQL-over-HTTP: GET may only carry queries, because GET must be safe. Added to validation for
/// GET requests; the transport answers 405 when it fires.
/// </summary>
internal sealed class GetOperationsOnlyRule : ValidationRuleBase
{
    public static readonly GetOperationsOnlyRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new GetOperationsOnlyError(context.Document.Source, context.Operation));
        }
        return default;
    }
}

internal sealed class GetOperationsOnlyError(GraphQLParser.ROM source, ASTNode node)
    : ValidationError(source, "http-get", "Only query operations can be sent with GET; send mutations with POST.", node);
