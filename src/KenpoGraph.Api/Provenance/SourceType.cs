using GraphQL.Types;
using KenpoGraph.Api.Documents;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Provenance;

/// <summary>Where a plan, KPI or budget row was printed, and how sure its reading is.</summary>
internal sealed class SourceType : ObjectGraphType<ISourced>
{
    public SourceType()
    {
        Name = "Source";
        this.Says("Where a row was printed: document, line locator, quality, and whether the reading is uncertain.", "出典。");
        Field<NonNullGraphType<SourceDocumentType>>("document").Says("The source document (seed file).", "資料。")
            .Resolve(c => c.LoadByKey<SourceDocument, string>(c.Source.DocumentCode, x => x.Code));
        Field(x => x.Locator).Says("Line or line range in the document's text, e.g. L390-L396.", "行番号。");
        Field(x => x.Quality, type: typeof(NonNullGraphType<QualityType>)).Says("Published, derived or demonstration data.", "品質区分。");
        Field(x => x.Uncertain).Says("True where the extraction garbled the layout and the row rests on a reading (see note).", "読み取り不確実。");
        Field(x => x.Note, nullable: true).Says("What a reader should know about this row.", "注記。");
    }
}
