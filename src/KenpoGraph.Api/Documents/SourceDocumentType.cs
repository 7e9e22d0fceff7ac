using GraphQL.Types;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Documents;

internal sealed class SourceDocumentType : ObjectGraphType<SourceDocument>
{
    public SourceDocumentType()
    {
        Name = "SourceDocument";
        this.Says("A source document figures are taken from.", "出典資料。");
        Interface<NodeInterface>();
        this.Id(x => x.Code);
        Field(x => x.Code).Says("Stable code, e.g. seed-004.", "コード。");
        Field(x => x.FileName).Says("File name of the text the figures were read from.", "ファイル名。");
        Field(x => x.Kind).Says("Kind, e.g. BUSINESS_REPORT, BUSINESS_PLAN.", "種類。");
        Field(x => x.TitleJa).Says("Title as printed.", "表題。");
        Field(x => x.TitleEn).Says("English title.", "表題（英語）。");
        Field(x => x.FiscalYear).Says("The fiscal year the document is about.", "対象年度。");
        Field<NonNullGraphType<OrgUnitType>>("orgUnit").Says("The org unit that issued it.", "作成組織。")
            .Resolve(c => IssuerOf(c));
        Field(x => x.Locator).Says("Where the title stands in the file (line range).", "表題の位置。");
        Field(x => x.Note, nullable: true).Says("What a reader should know about the document.", "注記。");
        this.AddPlansField();
    }

    /// <summary>
    /// The issuer is part of a document's provenance, and documents are visible to every caller because national rows
    /// cite branch packets (seed-000 prints the national FY2025 targets). So the issuing org unit is looked up across
    /// all branches: its code and names (which the document's title already gives), never its rows, whose fields read
    /// through the row filter as everywhere else.
    /// </summary>
    private static GraphQL.DataLoader.IDataLoaderResult<OrgUnit?> IssuerOf(GraphQL.IResolveFieldContext<SourceDocument> context)
    {
        var warehouse = context.Warehouse();
        return context.Loaders().Get<string, OrgUnit?>("documentIssuer", async (codes, cancellationToken) =>
            await warehouse.AcrossAllBranches.OrgUnits.Where(u => codes.Contains(u.Code))
                .ToDictionaryAsync(u => u.Code, u => (OrgUnit?)u, cancellationToken)).Load(context.Source.OrgUnitCode);
    }
}
