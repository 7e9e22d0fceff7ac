using System.Globalization;
using System.Text;
using GraphQL;
using KenpoGraph.Api.Errors;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Paging;

/// <summary>What every page tells about its place in the list (PageInfo).</summary>
internal interface ICursorPage
{
    bool HasNextPage { get; }
    bool HasPreviousPage { get; }
    string? StartCursor { get; }
    string? EndCursor { get; }
}

/// <summary>One page of an ordered list, with the cursors HotChocolate's cursor paging hands out.</summary>
internal sealed record CursorPage<T>(IReadOnlyList<(string Cursor, T Node)> Edges, bool HasNextPage, bool HasPreviousPage, int TotalCount)
    : ICursorPage
{
    public string? StartCursor => Edges.Count == 0 ? null : Edges[0].Cursor;

    public string? EndCursor => Edges.Count == 0 ? null : Edges[^1].Cursor;
}

/// <summary>
/// Cursor paging (first/after, last/before) over an ordered query. Cursors are opaque base64 of the
/// row's position in the ordered result, as HotChocolate's default cursor paging makes them, so clients
/// written against HotChocolate page the same way. Pages are bounded.
/// </summary>
internal static class CursorPaging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;

    public static GraphQL.Builders.FieldBuilder<TSource, TReturn> AddPagingArguments<TSource, TReturn>(this GraphQL.Builders.FieldBuilder<TSource, TReturn> field) => field
        .Argument<GraphQL.Types.IntGraphType>("first", $"Returns the first n items (at most {MaxPageSize}; default {DefaultPageSize}).")
        .Argument<GraphQL.Types.StringGraphType>("after", "Returns the items after this cursor.")
        .Argument<GraphQL.Types.IntGraphType>("last", $"Returns the last n items (at most {MaxPageSize}).")
        .Argument<GraphQL.Types.StringGraphType>("before", "Returns the items before this cursor.");

    public static async Task<CursorPage<T>> PageAsync<T>(this IResolveFieldContext context, IQueryable<T> ordered) =>
        await PageAsync<T>(context, await ordered.CountAsync(context.CancellationToken),
            async (start, count) => await ordered.Skip(start).Take(count).ToListAsync(context.CancellationToken));

    /// <summary>Cursor paging over a list already computed and ordered in memory (ad-hoc aggregation's groups).</summary>
    public static Task<CursorPage<T>> PageAsync<T>(this IResolveFieldContext context, IReadOnlyList<T> ordered) =>
        PageAsync<T>(context, ordered.Count, (start, count) => Task.FromResult<IReadOnlyList<T>>(ordered.Skip(start).Take(count).ToArray()));

    private static async Task<CursorPage<T>> PageAsync<T>(IResolveFieldContext context, int total, Func<int, int, Task<IReadOnlyList<T>>> slice)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var after = Position(context.GetArgument<string?>("after"), "after");
        var before = Position(context.GetArgument<string?>("before"), "before");
        foreach (var (name, size) in new[] { ("first", first), ("last", last) })
        {
            if (size is < 0 or > MaxPageSize)
            {
                throw new KenpoError(ErrorCodes.InvalidArgument, $"`{name}` must be between 0 and {MaxPageSize}; it is {size}.");
            }
        }

        // A cursor names an item's position, 0 to total - 1. One past the list was taken as given: 2147483647
        // ("MjE0NzQ4MzY0Nw==") wrapped round to a negative start and answered page 1 (issue 16).
        foreach (var (name, cursor, position) in new[] { ("after", context.GetArgument<string?>("after"), after), ("before", context.GetArgument<string?>("before"), before) })
        {
            if (position >= total)
            {
                throw new KenpoError(ErrorCodes.InvalidArgument,
                    $"`{name}` is the cursor of position {position}, past the end of this list ({total} items): '{cursor}'. Page from a cursor this list returned.");
            }
        }
        var start = after is null ? 0 : after.Value + 1;
        var end = before is null ? total : Math.Min(before.Value, total);
        if (first is { } f)
        {
            end = Math.Min(end, start + f);
        }
        if (last is { } l)
        {
            start = Math.Max(start, end - l);
        }
        else if (first is null)
        {
            end = Math.Min(end, start + DefaultPageSize);
        }
        var count = Math.Max(0, end - start);
        var nodes = count == 0 ? [] : await slice(start, count);
        var edges = nodes.Select((node, i) => (CursorOf(start + i), node)).ToArray();
        return new CursorPage<T>(edges, HasNextPage: start + count < total, HasPreviousPage: start > 0, total);
    }

    private static string CursorOf(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes(position.ToString(CultureInfo.InvariantCulture)));

    private static int? Position(string? cursor, string argument)
    {
        if (cursor is null)
        {
            return null;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
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
