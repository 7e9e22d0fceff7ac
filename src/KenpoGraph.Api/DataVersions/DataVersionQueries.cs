using GraphQL.Types;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.DataVersions;

internal static class DataVersionQueries
{
    public static void AddDataVersionQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<DataVersionType>>("dataVersion")
            .Says("The data version this response was read from.", "応答のデータ版。")
            .Resolve(context => context.Warehouse().Snapshot.Version);
    }
}
