namespace KenpoGraph.Domain.Disclosure;

/// <summary>
/// One aggregate the API can serve for a measure and year: a region of some grouping, or the nation, as the set of
/// branches whose figures it adds up. Only the contributor set matters to disclosure control, never the value.
/// </summary>
/// <param name="Key">Stable name of the cell, e.g. "REGION/STANDARD8/HOKKAIDO" or "NATIONAL".</param>
/// <param name="Contributors">Branch codes whose figures the aggregate adds up.</param>
/// <param name="Public">
/// The caller knows this aggregate whatever the API withholds (the national figure the headquarters prints is a public
/// fact): it counts as known, and withholding it would protect nothing.
/// </param>
public sealed record DisclosureCell(string Key, IReadOnlyCollection<string> Contributors, bool Public = false);
