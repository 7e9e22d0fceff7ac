using GraphQL.Types;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.FiscalYears;

internal sealed class FiscalYearType : ObjectGraphType<FiscalYearRow>
{
    public FiscalYearType()
    {
        Name = "FiscalYear";
        this.Says("A fiscal year (年度), 1 April to 31 March, identified by the western year it starts in.", "年度。");
        Interface<NodeInterface>();
        this.Id(x => x.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field(x => x.Year).Says("Starting western year, e.g. 2025 for 令和7年度.", "西暦年度。");
        Field<NonNullGraphType<StringGraphType>>("label").Says("English label, e.g. FY2025.", "英語表記。").Resolve(c => $"FY{c.Source.Year}");
        Field(x => x.WarekiLabel).Says("和暦 label, e.g. 令和7年度, 令和元年度, 平成27年度.", "和暦表記。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("warekiLabels")
            .Says("Every 和暦 label in use for the year, warekiLabel first: FY2019 is 令和元年度 and 平成31年度; each is accepted by fiscalYear(wareki:).", "和暦表記（別表記を含む）。")
            .Resolve(c => new Domain.Time.FiscalYear(c.Source.Year).WarekiLabels);
        Field(x => x.StartsOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Says("First day (1 April).", "開始日。");
        Field(x => x.EndsOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Says("Last day (31 March of the next year).", "終了日。");
    }
}
