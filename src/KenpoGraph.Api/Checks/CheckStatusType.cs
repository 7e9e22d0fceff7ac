using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Checks;

namespace KenpoGraph.Api.Checks;

internal sealed class CheckStatusType() : CodeEnumerationGraphType<CheckStatus>("How a check came out. 検算結果。", new Dictionary<CheckStatus, string>
{
    [CheckStatus.Exact] = "Equal. 一致。",
    [CheckStatus.WithinRounding] = "Different within the printed figures' rounding. 四捨五入の範囲内。",
    [CheckStatus.KnownDiscrepancy] = "Different, recorded with a note in known_discrepancies.csv. 既知の不一致。",
    [CheckStatus.Mismatch] = "Different beyond rounding with nothing recorded; never published (the load is refused). 不一致（読込拒否）。",
});
