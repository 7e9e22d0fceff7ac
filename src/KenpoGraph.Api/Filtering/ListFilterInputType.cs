using GraphQL.Types;

namespace KenpoGraph.Api.Filtering;

/// <summary>
/// HotChocolate's list filter (<c>ListFilterInputTypeOf{X}FilterInput</c>): <c>some</c>, <c>all</c> and <c>none</c> of
/// the related rows match a filter, or <c>any</c>: there are (true) or are not (false) related rows. Translated to
/// EXISTS subqueries, so it runs in SQL.
/// </summary>
internal sealed class ListFilterInputType<TFilter> : InputObjectGraphType where TFilter : IInputObjectGraphType, new()
{
    public ListFilterInputType()
    {
        var filterName = new TFilter().Name;
        Name = $"ListFilterInputTypeOf{filterName}";
        Description = $"Conditions on a list of related rows ({filterName}); all conditions given must hold. 一覧の条件。";
        Field<TFilter>("all").Description("Every related row matches (true where there are none).");
        Field<TFilter>("none").Description("No related row matches.");
        Field<TFilter>("some").Description("At least one related row matches.");
        Field<BooleanGraphType>("any").Description("true: there are related rows; false: there are none.");
    }
}
