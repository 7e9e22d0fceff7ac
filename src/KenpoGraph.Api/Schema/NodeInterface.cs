using GraphQL.Types;

namespace KenpoGraph.Api.Schema;

/// <summary>Global object identification (Relay): every entity has an opaque id that <c>node(id:)</c> resolves.</summary>
internal sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        this.Says("An object with a globally unique, opaque id.", "グローバルIDを持つオブジェクト。");
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id; pass it to node(id:).");
    }
}
