using KenpoGraph.Api.Access;
using KenpoGraph.Api.RequestData;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Visibility;

/// <summary>
/// The visibility rule of one request: whether the caller may see a value, from the owners the value's record names
/// (<see cref="BranchOwners"/>). Owners named indirectly (a plan node by its plan, an amount by its budget line) are
/// looked up across all branches, once per request and table, and only for a branch-restricted caller: an unrestricted
/// caller sees everything and costs nothing. An owner the directory does not know is hidden (fail closed).
/// </summary>
internal class OwnerDirectory(RequestCaller caller, RequestWarehouse warehouse)
{
    private Dictionary<string, string>? _planUnits;
    private Dictionary<string, string>? _linePlans;
    private Dictionary<string, (string Unit, string Plan)>? _results;
    private Dictionary<string, string>? _issuers;

    /// <summary>False when every value is visible to the caller (no <c>kenpo_branches</c> claim): the guard then checks nothing.</summary>
    public virtual bool IsRestricted => caller.Rights.Branches.IsRestricted;

    public async ValueTask<bool> CanSeeAllAsync(IEnumerable<Owner> owners, CancellationToken cancellationToken)
    {
        foreach (var owner in owners)
        {
            if (!await CanSeeAsync(owner, cancellationToken))
            {
                return false;
            }
        }
        return true;
    }

    private async ValueTask<bool> CanSeeAsync(Owner owner, CancellationToken cancellationToken)
    {
        switch (owner.Kind)
        {
            case OwnerKind.OrgUnit:
                return caller.Rights.CanSee(owner.Code);
            case OwnerKind.Plan:
                return (await PlanUnitsAsync(cancellationToken)).TryGetValue(owner.Code, out var unit) && caller.Rights.CanSee(unit);
            case OwnerKind.BudgetLine:
                _linePlans ??= await warehouse.AcrossAllBranches.BudgetLines.AsNoTracking()
                    .ToDictionaryAsync(l => l.Code, l => l.PlanDocumentCode, StringComparer.Ordinal, cancellationToken);
                return _linePlans.TryGetValue(owner.Code, out var plan) && await CanSeeAsync(Owner.Plan(plan), cancellationToken);
            case OwnerKind.KpiResult:
                _results ??= await warehouse.AcrossAllBranches.KpiResults.AsNoTracking()
                    .ToDictionaryAsync(r => r.Code, r => (r.OrgUnitCode, r.PlanDocumentCode), StringComparer.Ordinal, cancellationToken);
                return _results.TryGetValue(owner.Code, out var result) && caller.Rights.CanSee(result.Unit)
                    && await CanSeeAsync(Owner.Plan(result.Plan), cancellationToken);
            case OwnerKind.DocumentIssuer:
                _issuers ??= await warehouse.AcrossAllBranches.Documents.AsNoTracking()
                    .ToDictionaryAsync(d => d.Code, d => d.OrgUnitCode, StringComparer.Ordinal, cancellationToken);
                return _issuers.TryGetValue(owner.Code, out var issuer) && caller.Rights.CanSee(issuer);
            default:
                return false;
        }
    }

    private async ValueTask<Dictionary<string, string>> PlanUnitsAsync(CancellationToken cancellationToken) =>
        _planUnits ??= await warehouse.AcrossAllBranches.PlanDocuments.AsNoTracking()
            .ToDictionaryAsync(p => p.Code, p => p.OrgUnitCode, StringComparer.Ordinal, cancellationToken);
}
