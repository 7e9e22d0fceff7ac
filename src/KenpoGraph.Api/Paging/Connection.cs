using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using KenpoGraph.Api.Errors;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Paging;

/// <summary>One page of a list: the rows, where they start in the whole list, and the whole list's size.</summary>
internal sealed record Page(IReadOnlyList<object> Nodes, int Offset, int TotalCount)
{
    public bool HasPreviousPage => Offset > 0;

    public bool HasNextPage => Offset + Nodes.Count < TotalCount;

    public IEnumerable<Edge> Edges => Nodes.Select((node, i) => new Edge(Cursor.Of(Offset + i), node));
}

internal sealed record Edge(string Cursor, object Node);

/// <summary>Opaque cursors (base64 of the position), as HotChocolate clients expect them to be opaque strings.</summary>
internal static class Cursor
{
    public static string Of(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"cursor:{position}"));

    public static int Position(string cursor, string argument)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("cursor:", StringComparison.Ordinal) && int.TryParse(text[7..], out var position) && position >= 0)
            {
                return position;
            }
        }
        catch (FormatException)
        {
        }
        throw new KenpoError(ErrorCodes.InvalidArgument, $"`{argument}` is not a cursor this API returned: '{cursor}'.");
    }
}

/// <summary>
/// Cursor paging with HotChocolate's arguments and result shape: first/after/last/before give an
/// XConnection { nodes edges { cursor node } pageInfo totalCount }; pages are bounded.
/// </summary>
internal static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first", $"Return the first n rows after `after` (default {DefaultPageSize}, at most {MaxPageSize}). 先頭からの件数。")
        .Argument<StringGraphType>("after", "Return rows after this cursor (from edges.cursor or pageInfo.endCursor). このカーソルの後から。")
        .Argument<IntGraphType>("last", $"Return the last n rows before `before` (at most {MaxPageSize}). 末尾からの件数。")
        .Argument<StringGraphType>("before", "Return rows before this cursor. このカーソルの前まで。");

    /// <summary>Counts and pages an ordered query in SQL.</summary>
    public static async Task<Page> PageAsync<T>(this IResolveFieldContext context, IQueryable<T> ordered) where T : class
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        foreach (var (name, size) in new[] { ("first", first), ("last", last) })
        {
            if (size is < 0 or > MaxPageSize)
            {
                throw new KenpoError(ErrorCodes.InvalidArgument, $"`{name}` must be between 0 and {MaxPageSize}; it is {size}.");
            }
        }
        var total = await ordered.CountAsync(context.CancellationToken);
        var start = context.GetArgument<string?>("after") is { } after ? Cursor.Position(after, "after") + 1 : 0;
        var end = context.GetArgument<string?>("before") is { } before ? Cursor.Position(before, "before") : total;
        start = Math.Min(start, total);
        end = Math.Clamp(end, start, total);
        if (first is not null || last is null)
        {
            end = Math.Min(end, start + (first ?? DefaultPageSize));
        }
        if (last is not null)
        {
            start = Math.Max(start, end - last.Value);
        }
        var rows = await ordered.Skip(start).Take(end - start).ToListAsync(context.CancellationToken);
        return new Page(rows, start, total);
    }
}

/// <summary>XConnection over one node type.</summary>
internal abstract class ConnectionGraphType<TNodeType, TEdgeType> : ObjectGraphType<Page>
    where TNodeType : IGraphType
    where TEdgeType : IGraphType
{
    protected ConnectionGraphType(string nodeName)
    {
        Name = $"{nodeName}Connection";
        Description = $"A page of {nodeName} rows with cursors (HotChocolate paging conventions). {nodeName}の一覧（ページ）。";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Description("The rows of this page. このページの行。")
            .Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges").Description("The rows with their cursors. カーソル付きの行。")
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page lies in the whole list. ページ情報。").Resolve(c => c.Source);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Rows in the whole list (all pages), after `where`. 総件数。")
            .Resolve(c => c.Source.TotalCount);
    }
}

/// <summary>XEdge: a row and its cursor.</summary>
internal abstract class EdgeGraphType<TNodeType> : ObjectGraphType<Edge> where TNodeType : IGraphType
{
    protected EdgeGraphType(string nodeName)
    {
        Name = $"{nodeName}Edge";
        Description = $"A {nodeName} row with its cursor. カーソル付きの行。";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque position; pass it to after or before. カーソル。").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The row. 行。").Resolve(c => c.Source.Node);
    }
}

internal sealed class PageInfoType : ObjectGraphType<Page>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page lies in the whole list (Relay / HotChocolate). ページ情報。";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("More rows follow this page. 次ページあり。").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Rows precede this page. 前ページあり。").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("Cursor of the first row; null for an empty page. 先頭カーソル。")
            .Resolve(c => c.Source.Nodes.Count == 0 ? null : Cursor.Of(c.Source.Offset));
        Field<StringGraphType>("endCursor").Description("Cursor of the last row; null for an empty page. 末尾カーソル。")
            .Resolve(c => c.Source.Nodes.Count == 0 ? null : Cursor.Of(c.Source.Offset + c.Source.Nodes.Count - 1));
    }
}
