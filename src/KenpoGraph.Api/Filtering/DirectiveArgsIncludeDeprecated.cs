using GraphQL.Types;
using GraphQL.Utilities;

namespace KenpoGraph.Api.Filtering;

/// <summary>
/// Gives <c>__Directive.args</c> the <c>includeDeprecated</c> argument the spec gives it once input values can be
/// deprecated. GraphQL.NET 8 adds isDeprecated to __InputValue and includeDeprecated to __Field.args and
/// __Type.inputFields (Features.DeprecationOfInputValues, on since issue 18's deprecated filter aliases), but not to
/// __Directive.args; Banana Cake Pop sees the first and asks <c>args(includeDeprecated: true)</c> on directives too,
/// and its schema load failed validation. No directive argument here is deprecated, so all are listed either way.
/// </summary>
internal sealed class DirectiveArgsIncludeDeprecated : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (type.Name != "__Directive" || field.Name != "args" || field.Arguments?.Find("includeDeprecated") is not null)
        {
            return;
        }
        field.Arguments ??= [];
        field.Arguments.Add(new QueryArgument(schema.AllTypes["Boolean"]!) { Name = "includeDeprecated", DefaultValue = false });
    }
}
