using GraphQL.Types;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Organisation;

namespace KenpoGraph.Api.OrgUnits;

internal sealed class OrgUnitKindType : EnumerationGraphType<OrgUnitKind>
{
    public OrgUnitKindType()
    {
        Name = "OrgUnitKind";
        this.Says("Headquarters or branch.", "組織種別。");
        Values.FindByValue(OrgUnitKind.Headquarters)!.Description = "本部: the headquarters, holder of national figures.";
        Values.FindByValue(OrgUnitKind.Branch)!.Description = "支部: a prefectural branch.";
    }
}
