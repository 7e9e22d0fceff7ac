namespace KenpoGraph.Domain.Incentives;

/// <summary>
/// One branch's inputs for one results year: each indicator's value in the results year and in the
/// year before (for the improvement component), and its premium base (total standard remuneration, yen).
/// </summary>
public sealed record BranchIndicators(
    string BranchCode,
    IReadOnlyDictionary<int, decimal> Values,
    IReadOnlyDictionary<int, decimal> PreviousValues,
    decimal RemunerationBase);

/// <summary>A results year cannot be ranked: names the branch and indicator whose value is missing.</summary>
public sealed class IncentiveInputException(string message) : Exception(message);
