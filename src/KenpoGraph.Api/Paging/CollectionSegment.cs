using GraphQL;
using KenpoGraph.Api.Errors;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Paging;

/// <summary>What an offset page tells about its place in the list (HotChocolate's CollectionSegmentInfo).</summary>
internal interface ICollectionSegmentInfo
{
    bool HasNextPage { get; }
    bool HasPreviousPage { get; }
}

/// <summary>One offset page (skip/take) of an ordered list, as HotChocolate's CollectionSegment.</summary>
internal sealed record CollectionSegment<T>(IReadOnlyList<T> Items, bool HasNextPage, bool HasPreviousPage, int TotalCount) : ICollectionSegmentInfo;

/// <summary>
/// Offset paging (HotChocolate's UseOffsetPaging): <c>skip</c> rows, then <c>take</c> rows, for clients that page by
/// number (spreadsheets, pandas loops, page-numbered tables) rather than by cursor. Bounded as cursor pages are.
/// </summary>
internal static class OffsetPaging
{
    public static GraphQL.Builders.FieldBuilder<TSource, TReturn> AddOffsetPagingArguments<TSource, TReturn>(this GraphQL.Builders.FieldBuilder<TSource, TReturn> field) => field
        .Argument<GraphQL.Types.IntGraphType>("skip", "Skips the first n items (default 0).")
        .Argument<GraphQL.Types.IntGraphType>("take", $"Returns n items (at most {CursorPaging.MaxPageSize}; default {CursorPaging.DefaultPageSize}).");

    public static async Task<CollectionSegment<T>> SegmentAsync<T>(this IResolveFieldContext context, IQueryable<T> ordered)
    {
        var skip = context.GetArgument<int?>("skip") ?? 0;
        var take = context.GetArgument<int?>("take") ?? CursorPaging.DefaultPageSize;
        if (skip < 0)
        {
            throw new KenpoError(ErrorCodes.InvalidArgument, $"`skip` must be 0 or more; it is {skip}.");
        }
        if (take is < 0 or > CursorPaging.MaxPageSize)
        {
            throw new KenpoError(ErrorCodes.InvalidArgument, $"`take` must be between 0 and {CursorPaging.MaxPageSize}; it is {take}.");
        }
        var total = await ordered.CountAsync(context.CancellationToken);
        var items = take == 0 || skip >= total ? [] : await ordered.Skip(skip).Take(take).ToListAsync(context.CancellationToken);
        return new CollectionSegment<T>(items, HasNextPage: skip + items.Count < total, HasPreviousPage: skip > 0, total);
    }
}
