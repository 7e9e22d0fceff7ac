using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Access;
using KenpoGraph.Api.Limits;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Organisation;

namespace KenpoGraph.Api.Subscriptions;

/// <summary>
/// The root of subscriptions (over graphql-sse or graphql-transport-ws, Subscriptions/). Each event is this field's
/// selection executed like a query, in its own request scope and with the subscriber's rights (Subscriptions/EventScopedSubscriptionStrategy).
/// </summary>
internal sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        this.Says("Events pushed to a client that keeps a connection open (graphql-sse or graphql-transport-ws).", "購読（プッシュ通知）。");
        Field<NonNullGraphType<DataVersionPublishedType>>("dataVersionPublished")
            .Says("A new data version was published (a load or a rollback): what moved that this caller may see. Events with nothing for the caller after its rights and the filters are not sent.",
                "新しいデータ版の公開。")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("measures", "Only these measure codes (national figures, org units' moved measures); omitted: all.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("orgUnits", "Only these org units (00 for the national figures); omitted: all the caller may see.")
            .ResolveStream(context =>
            {
                var measures = context.Distinct<string>("measures", ListArguments.MaxMeasures);
                var orgUnits = context.Distinct<string>("orgUnits", OrgUnitCode.BranchCount + 1);
                // Read now, in the subscribing request: the rights the subscription was opened with.
                var rights = context.Caller().Rights;
                var feed = context.RequestServices!.GetRequiredService<PublishFeed>();
                return new FilteredFeed(feed, change => PublishedChangeView.For(change, rights, measures, orgUnits));
            });
    }
}

/// <summary>The feed as one subscription hears it: each publish turned into its view, and nothing where the view is empty.</summary>
internal sealed class FilteredFeed(PublishFeed feed, Func<PublishedChange, PublishedChangeView?> view) : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer) => feed.Subscribe(new Filter(observer, view));

    private sealed class Filter(IObserver<object?> target, Func<PublishedChange, PublishedChangeView?> view) : IObserver<PublishedChange>
    {
        public void OnNext(PublishedChange value)
        {
            if (view(value) is { } seen)
            {
                target.OnNext(seen);
            }
        }

        public void OnError(Exception error) => target.OnError(error);

        public void OnCompleted() => target.OnCompleted();
    }
}
