namespace KenpoGraph.Api.Schema;

/// <summary>The KenpoGraph schema (queries, and subscriptions to new data versions: the API is read-side; data changes through `kenpograph load`).</summary>
internal sealed class KenpoSchema : GraphQL.Types.Schema
{
    public KenpoSchema(IServiceProvider services, QueryType query, Subscriptions.SubscriptionType subscription) : base(services)
    {
        Query = query;
        // Subscriptions only tell of new data versions (Subscriptions/); there are still no mutations.
        Subscription = subscription;
        Description = "KenpoGraph read API over 協会けんぽ data.";
        // Filter and sort fields renamed like their output fields keep their old names as deprecated input fields
        // (issue 18); GraphQL.NET prints and introspects @deprecated on input values only with this feature on.
        Features.DeprecationOfInputValues = true;
        RegisterVisitor(new Filtering.DirectiveArgsIncludeDeprecated());
    }
}
