using KenpoGraph.Domain.Measures;
using KenpoGraph.Domain.Provenance;

namespace KenpoGraph.Domain.Tests;

public sealed class EnumCodeTests
{
    [Fact]
    public void Spells_members_as_the_seed_files_do()
    {
        Assert.Equal("FISCAL_YEAR_END", EnumCode.Of(ValueBasis.FiscalYearEnd));
        Assert.Equal("WEIGHTED_MEAN", EnumCode.Of(AggregationRule.WeightedMean));
        Assert.Equal(Quality.Demo, EnumCode.Parse<Quality>("DEMO"));
        // docs/domain.md spells the seafarers' rules AVERAGE_3Y and MAX_PRIOR_OR_AVERAGE_3Y
        Assert.Equal("AVERAGE_3Y", EnumCode.Of(Kpis.KpiTargetRule.Average3Y));
        Assert.Equal("MAX_PRIOR_OR_AVERAGE_3Y", EnumCode.Of(Kpis.KpiTargetRule.MaxPriorOrAverage3Y));
    }

    [Fact]
    public void Refuses_unknown_codes_naming_the_valid_ones()
    {
        Assert.False(EnumCode.TryParse<Quality>("published", out _));
        Assert.Equal("'X' is not one of PUBLISHED, DERIVED, DEMO, PUBLIC_PAGE.", Assert.Throws<FormatException>(() => EnumCode.Parse<Quality>("X")).Message);
    }
}
