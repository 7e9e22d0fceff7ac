using GraphQL.Validation;
using GraphQLParser.AST;
using KenpoGraph.Api.Errors;

namespace KenpoGraph.Api.Export;

/// <summary>
/// Added to validation when a request asks for text/csv: finds the operation's table (<see cref="CsvTable"/>) before
/// anything runs and keeps it for the writer, or refuses the operation with <c>CSV_NOT_TABULAR</c> (the transport
/// answers 406: the same request is answered as JSON). Runs for cached documents too (a per-request rule).
/// </summary>
internal sealed class CsvTableRule : ValidationRuleBase
{
    private const string TableKey = "kenpograph.csvTable";

    public static readonly CsvTableRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        try
        {
            context.UserContext[TableKey] = CsvTable.Of(context.Schema, context.Document, context.Operation, context.Variables);
        }
        catch (CsvNotTabularException notTabular)
        {
            context.ReportError(new CsvNotTabularError(context.Document.Source, context.Operation, notTabular.Message));
        }
        return default;
    }

    /// <summary>The table the rule found for this request's operation.</summary>
    public static CsvTable? Found(IDictionary<string, object?> userContext) =>
        userContext.TryGetValue(TableKey, out var table) ? table as CsvTable : null;
}

/// <summary>The operation's answer is not one table: 406 CSV_NOT_TABULAR.</summary>
internal sealed class CsvNotTabularError(GraphQLParser.ROM source, ASTNode node, string message)
    : ValidationError(source, "csv", message, node), IStableError
{
    public string StableCode => ErrorCodes.CsvNotTabular;

    public IReadOnlyDictionary<string, object?>? Details => null;
}
