using System.Text;
using GraphQL.Types;

namespace KenpoGraph.Api.Schema;

/// <summary>Opaque ids: base64 of "Type:key", as HotChocolate clients expect ids to be opaque strings.</summary>
internal static class NodeId
{
    public static string Of(string typeName, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key}"));

    public static bool TryParse(string id, out string typeName, out string key)
    {
        typeName = key = string.Empty;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
            var colon = text.IndexOf(':');
            if (colon <= 0)
            {
                return false;
            }
            (typeName, key) = (text[..colon], text[(colon + 1)..]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static void Id<T>(this ObjectGraphType<T> type, Func<T, string> key) =>
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Opaque global id; pass it to node(id:).")
            .Resolve(context => Of(type.Name, key(context.Source)));
}
