using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Sorting;

/// <summary>SortEnumType: ASC or DESC, as HotChocolate names it.</summary>
internal sealed class SortEnumType : EnumerationGraphType<SortDirection>
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        this.Says("Sort direction.", "並び順。");
        Values.FindByValue(SortDirection.Asc)!.Description = "Ascending: smallest, earliest or first in code-point order first. 昇順。";
        Values.FindByValue(SortDirection.Desc)!.Description = "Descending: largest, latest or last first. 降順。";
    }
}

internal enum SortDirection
{
    /// <summary>Ascending.</summary>
    Asc,

    /// <summary>Descending.</summary>
    Desc,
}
