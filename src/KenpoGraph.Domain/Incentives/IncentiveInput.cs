namespace KenpoGraph.Domain.Incentives;

/// <summary>
/// One branch's inputs for one results year: each indicator's value in the results year and in the
/// year before (for the improvement component), and its premium base (total standard remuneration, yen).
/// <paramref name="ValuesTwoYearsBefore"/> (the year before the previous one) is needed only by a scheme that measures
/// improvements against the previous year's improvements (<see cref="ImprovementScale.PreviousYearImprovements"/>).
/// </summary>
public sealed record BranchIndicators(
    string BranchCode,
    IReadOnlyDictionary<int, decimal> Values,
    IReadOnlyDictionary<int, decimal> PreviousValues,
    decimal RemunerationBase,
    IReadOnlyDictionary<int, decimal>? ValuesTwoYearsBefore = null);

/// <summary>A ranking or simulation cannot be computed from what it was given; the message says why.</summary>
public class IncentiveInputException(string message) : Exception(message);

/// <summary>A results year cannot be ranked: names the branch and indicator whose value is missing.</summary>
public sealed class MissingIncentiveValueException(string message) : IncentiveInputException(message);
