using GraphQL.Validation;
using GraphQLParser.AST;

namespace KenpoGraph.Api.Validation;

/// <summary>
/// A mutation or subscription against a schema that has no such root type is a document that does not validate
/// (GraphQL specification, "Operation Type Existence"), not a missing operation: GraphQL.NET only noticed while
/// building the execution and answered 200 OPERATION_NOT_FOUND under both media types (issue 16). Refused here as
/// GRAPHQL_VALIDATION_FAILED, so application/graphql-response+json answers 400.
/// </summary>
internal sealed class OperationTypeExistsRule : ValidationRuleBase
{
    public static readonly OperationTypeExistsRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        foreach (var operation in context.Document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var (missing, kind) = operation.Operation switch
            {
                OperationType.Mutation => (context.Schema.Mutation is null, "mutations"),
                OperationType.Subscription => (context.Schema.Subscription is null, "subscriptions"),
                _ => (false, ""),
            };
            if (missing)
            {
                context.ReportError(new OperationTypeMissingError(context.Document.Source, operation, kind));
            }
        }
        return default;
    }
}

internal sealed class OperationTypeMissingError : ValidationError
{
    public OperationTypeMissingError(GraphQLParser.ROM source, ASTNode operation, string kind)
        : base(source, "5.2.1", $"This schema has no {kind}: it is read-only (queries only).", operation)
    {
        Code = "OPERATION_TYPE_EXISTENCE";
    }
}
