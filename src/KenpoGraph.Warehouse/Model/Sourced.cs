using KenpoGraph.Domain.Provenance;

namespace KenpoGraph.Warehouse.Model;

/// <summary>
/// A row taken from a source document: which document, where in it, and how sure the reading is. Every
/// plan, KPI and budget row carries these columns (db/seed/README.md, "Provenance columns").
/// </summary>
public interface ISourced
{
    string DocumentCode { get; }

    /// <summary>Line or line range in the document's text (L390-L396), several separated by ";".</summary>
    string Locator { get; }

    Quality Quality { get; }

    /// <summary>True where the extraction garbled the layout and the row rests on a reading (research notes).</summary>
    bool Uncertain { get; }

    string? Note { get; }
}
