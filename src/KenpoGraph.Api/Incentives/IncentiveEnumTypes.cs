using GraphQL.Types;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Incentives;

namespace KenpoGraph.Api.Incentives;

internal sealed class ParameterBasisType : EnumerationGraphType<ParameterBasis>
{
    public ParameterBasisType()
    {
        Name = "ParameterBasis";
        this.Says("What a scheme parameter rests on.", "根拠区分。");
        Values.FindByValue(ParameterBasis.Source)!.Description = "Stated in a seed document (document and locator given).";
        Values.FindByValue(ParameterBasis.PublicPage)!.Description = "Stated on the association's public web pages (the note gives the address).";
        Values.FindByValue(ParameterBasis.Assumption)!.Description = "Not stated anywhere held: an assumption, explained in the note.";
    }
}

internal sealed class IncentiveStandardisationType : EnumerationGraphType<Standardisation>
{
    public IncentiveStandardisationType()
    {
        Name = "IncentiveStandardisation";
        this.Says("The distribution a deviation score (偏差値) is measured against.", "偏差値の基準分布。");
        Values.FindByValue(Standardisation.PreviousYear)!.Description =
            "The previous year's 47 branch values: a branch's score depends on its own results only, so raising an indicator never lowers its rank or reward.";
        Values.FindByValue(Standardisation.ResultsYear)!.Description =
            "The results year's own 47 values (the literal reading of 偏差値方式): others' changes move everyone's scores.";
    }
}
