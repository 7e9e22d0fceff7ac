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

/// <summary>A ranking or simulation cannot be computed from what it was given; the message says why.</summary>
public class IncentiveInputException(string message) : Exception(message);

/// <summary>A results year cannot be ranked: names the branch and indicator whose value is missing.</summary>
public sealed class MissingIncentiveValueException(string message) : IncentiveInputException(message);
