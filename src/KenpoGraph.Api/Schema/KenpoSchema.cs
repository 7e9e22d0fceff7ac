namespace KenpoGraph.Api.Schema;

/// <summary>The KenpoGraph schema (query only: the API is read-side; data changes through `kenpograph load`).</summary>
internal sealed class KenpoSchema : GraphQL.Types.Schema
{
    public KenpoSchema(IServiceProvider services, QueryType query) : base(services)
    {
        Query = query;
        Description = "KenpoGraph read API over 協会けんぽ data.";
    }
}
