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
        Description = "One named parameter of a scheme version and what it rests on. 制度パラメータ。";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Parameter name, e.g. rewarded_branches, funding_rate_percent, standardisation. 名称。")
            .Resolve(c => c.Source.Stored.Name);
        Field<NonNullGraphType<StringGraphType>>("value").Description("Its value as text (a simulation override where overridden). 値。").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<BooleanGraphType>>("overridden").Description("True when a simulation replaced the stored value. シミュレーションで変更。")
            .Resolve(c => c.Source.Overridden);
        Field<NonNullGraphType<StringGraphType>>("storedValue").Description("The value the warehouse holds. 格納値。").Resolve(c => c.Source.Stored.Value);
        Field<NonNullGraphType<ParameterBasisType>>("basis").Description("SOURCE, PUBLIC_PAGE or ASSUMPTION. 根拠区分。").Resolve(c => c.Source.Stored.Basis);
        Field<SourceDocumentType>("document").Description("The seed document stating it (SOURCE). 資料。")
            .Resolve(c => c.Source.Stored.DocumentCode is { } code ? c.LoadByKey<SourceDocument, string>(code, x => x.Code) : null);
        Field<StringGraphType>("locator").Description("Lines in the document. 行番号。").Resolve(c => c.Source.Stored.Locator);
        Field<StringGraphType>("note").Description("The quotation, the public page's address, or the reason for the assumption. 注記。")
            .Resolve(c => c.Source.Stored.Note);
    }
}
