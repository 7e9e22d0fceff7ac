using KenpoGraph.Domain.Provenance;

namespace KenpoGraph.DemoData.Figures;

/// <summary>One generated figure of a branch, in the measure's base unit, printed with <paramref name="Decimals"/> decimals.</summary>
internal sealed record DemoFigure(string OrgUnit, int FiscalYear, string Measure, decimal Value, int Decimals, ValueBasis Basis);
