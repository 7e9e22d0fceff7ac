using GraphQL.Types;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.FiscalYears;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Facts;

internal sealed class MembershipYearType : ObjectGraphType<MembershipYear>
{
    public MembershipYearType()
    {
        Name = "MembershipYear";
        this.Says("Membership of one org unit in one fiscal year; each figure carries its own source and quality.", "加入者等の年度値。");
        Field<NonNullGraphType<FiscalYearType>>("fiscalYear").Says("The fiscal year.", "年度。")
            .Resolve(c => c.LoadByKey<FiscalYearRow, int>(c.Source.FiscalYear, x => x.Year));
        Field<NonNullGraphType<OrgUnitType>>("orgUnit").Says("The org unit (00 = national).", "組織単位。")
            .Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.OrgUnitCode, x => x.Code));
        Figure("members", "membership.members", "Members: insured persons plus dependants, at fiscal-year end. 加入者数。");
        Figure("insured", "membership.insured", "Insured persons at fiscal-year end. 被保険者数。");
        Figure("voluntaryContinuationInsured", "membership.voluntary_continuation_insured", "Of the insured, voluntary-continuation insured persons. うち任意継続被保険者数。");
        Figure("dependants", "membership.dependants", "Dependants at fiscal-year end. 被扶養者数。");
        Figure("employers", "membership.employers", "Covered employers at fiscal-year end. 適用事業所数。");
        Figure("averageStandardMonthlyRemuneration", "membership.average_standard_monthly_remuneration",
            "Average standard monthly remuneration in yen (average over March–February). 平均標準報酬月額。");
    }

    private void Figure(string name, string measureCode, string description) =>
        Field<FigureType>(name).Description($"{description} Null when no figure exists (never zero).").Resolve(c => c.Source.Figure(measureCode));
}
