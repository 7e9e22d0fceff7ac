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
        Description = "A source document figures are taken from. 出典資料。";
        Interface<NodeInterface>();
        this.Id(x => x.Code);
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable code, e.g. seed-004. コード。").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("fileName").Description("File name of the text the figures were read from. ファイル名。").Resolve(c => c.Source.FileName);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("Kind, e.g. BUSINESS_REPORT, BUSINESS_PLAN. 種類。").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("titleJa").Description("Title as printed. 表題。").Resolve(c => c.Source.TitleJa);
        Field<NonNullGraphType<StringGraphType>>("titleEn").Description("English title. 表題（英語）。").Resolve(c => c.Source.TitleEn);
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Description("The fiscal year the document is about. 対象年度。").Resolve(c => c.Source.FiscalYear);
        Field<NonNullGraphType<OrgUnitType>>("orgUnit").Description("The org unit that issued it. 作成組織。")
            .Resolve(c => IssuerOf(c));
        Field<NonNullGraphType<StringGraphType>>("locator").Description("Where the title stands in the file (line range). 表題の位置。").Resolve(c => c.Source.Locator);
        Field<StringGraphType>("note").Description("What a reader should know about the document. 注記。").Resolve(c => c.Source.Note);
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
