using GraphQL.Types;
using KenpoGraph.Api.Documents;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Incentives;

internal sealed class IncentiveSchemeParameterType : ObjectGraphType<SchemeParameterView>
{
    public IncentiveSchemeParameterType()
    {
        Name = "IncentiveSchemeParameter";
        this.Says("One named parameter of a scheme version and what it rests on.", "制度パラメータ。");
        Field("name", x => x.Stored.Name).Says("Parameter name, e.g. rewarded_branches, funding_rate_percent, standardisation.", "名称。");
        Field(x => x.Value).Says("Its value as text (a simulation override where overridden).", "値。");
        Field(x => x.Overridden).Says("True when a simulation replaced the stored value.", "シミュレーションで変更。");
        Field("storedValue", x => x.Stored.Value).Says("The value the warehouse holds.", "格納値。");
        Field("basis", x => x.Stored.Basis, type: typeof(NonNullGraphType<ParameterBasisType>)).Says("SOURCE, PUBLIC_PAGE or ASSUMPTION.", "根拠区分。");
        Field<SourceDocumentType>("document").Says("The seed document stating it (SOURCE).", "資料。")
            .Resolve(c => c.Source.Stored.DocumentCode is { } code ? c.LoadByKey<SourceDocument, string>(code, x => x.Code) : null);
        Field("locator", x => x.Stored.Locator, nullable: true).Says("Lines in the document.", "行番号。");
        Field("note", x => x.Stored.Note, nullable: true).Says("The quotation, the public page's address, or the reason for the assumption.", "注記。");
    }
}
