namespace KenpoGraph.Domain.Provenance;

/// <summary>Where a figure's value comes from.</summary>
public enum Quality
{
    /// <summary>Printed in a source document.</summary>
    Published,

    /// <summary>Computed from published figures.</summary>
    Derived,

    /// <summary>Demonstration data made by the repository's generator, never a real figure.</summary>
    Demo,

    /// <summary>
    /// Published by the association on a public web page outside the seed documents (a branch's incentive ranks, the
    /// indicator values it prints): a real figure, whose locator is the page's address.
    /// </summary>
    PublicPage,
}
