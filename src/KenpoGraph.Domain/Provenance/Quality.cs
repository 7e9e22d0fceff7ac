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
}
