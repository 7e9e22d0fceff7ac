using GraphQL.Types;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

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
        Field<OrgUnitType>("orgUnit").Says("The org unit that issued it; null when it is a branch the caller may not see (the document itself stays: national rows cite branch packets).", "作成組織。")
            .Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.OrgUnitCode, x => x.Code));
        Field(x => x.Locator).Says("Where the title stands in the file (line range).", "表題の位置。");
        Field(x => x.Note, nullable: true).Says("What a reader should know about the document.", "注記。");
        this.AddPlansField();
    }
}
