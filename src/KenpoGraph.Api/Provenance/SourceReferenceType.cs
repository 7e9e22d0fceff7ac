using GraphQL.Types;
using KenpoGraph.Api.Documents;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Provenance;

internal sealed class SourceReferenceType : ObjectGraphType<Observation>
{
    public SourceReferenceType()
    {
        Name = "SourceReference";
        this.Says("A place in a source document.", "出典箇所。");
        Field<NonNullGraphType<SourceDocumentType>>("document").Says("The document.", "資料。")
            .Resolve(c => c.LoadByKey<SourceDocument, string>(c.Source.DocumentCode, x => x.Code));
        Field(x => x.Locator).Says("Line or line range in the document's text, e.g. L70.", "行番号。");
    }
}
