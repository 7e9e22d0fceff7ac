using KenpoGraph.Api.Errors;
using KenpoGraph.Domain.Incentives;

namespace KenpoGraph.Api.Incentives;

/// <summary>A simulation change as the client sends it: a new value, or a change (delta) to the recorded one.</summary>
internal sealed record SimulationChange(string Branch, int Indicator, decimal? Value, decimal? Delta)
{
    public IndicatorChange Resolve(IReadOnlyDictionary<string, BranchIndicators> branches)
    {
        if (Value is null == Delta is null)
        {
            throw new KenpoError(ErrorCodes.InvalidArgument, $"The change to indicator {Indicator} of branch {Branch} needs exactly one of `value` and `delta`.");
        }
        if (Value is not null)
        {
            return new IndicatorChange(Branch, Indicator, Value.Value);
        }
        if (!branches.TryGetValue(Branch, out var branch))
        {
            throw new KenpoError(ErrorCodes.InvalidArgument, $"Branch {Branch} is not one of the ranked branches.");
        }
        if (!branch.Values.TryGetValue(Indicator, out var recorded))
        {
            throw new KenpoError(ErrorCodes.InvalidArgument, $"Branch {Branch} has no recorded value of indicator {Indicator} to change by a delta.");
        }
        return new IndicatorChange(Branch, Indicator, recorded + Delta!.Value);
    }
}
