using GraphQL.Types;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Provenance;

namespace KenpoGraph.Api.Provenance;

internal sealed class QualityType : EnumerationGraphType<Quality>
{
    public QualityType()
    {
        Name = "Quality";
        this.Says("Where a figure's value comes from.", "品質区分。");
        Values.FindByValue(Quality.Published)!.Description = "Printed in a source document. 公表値。";
        Values.FindByValue(Quality.Derived)!.Description = "Computed from published figures. 算出値。";
        Values.FindByValue(Quality.Demo)!.Description = "Demonstration data, not a real figure. デモデータ。";
        Values.FindByValue(Quality.PublicPage)!.Description = "Published on one of the association's public web pages (the locator is its address), outside the seed documents. 公開ページ掲載値。";
    }
}
