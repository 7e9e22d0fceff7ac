using GraphQL.Types;

namespace KenpoGraph.Api.Schema;

/// <summary>GraphQL.NET's Decimal scalar, described: figures are exact decimals, never binary floating point.</summary>
internal sealed class ExactDecimalGraphType : DecimalGraphType
{
    public ExactDecimalGraphType()
    {
        Name = "Decimal";
        Description = "An exact decimal number, sent as a JSON number (e.g. 39713000 or 10.7). 10進数。";
    }
}
