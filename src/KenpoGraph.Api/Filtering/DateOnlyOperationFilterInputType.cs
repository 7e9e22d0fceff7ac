using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Filtering;

/// <summary>
/// DateOnlyOperationFilterInput: the comparable operations on a calendar date, named after the DateOnly scalar as
/// HotChocolate names each comparable input after its scalar (it calls the same input LocalDateOperationFilterInput).
/// </summary>
internal sealed class DateOnlyOperationFilterInputType : ComparableOperationFilterInputType<DateOnlyOperationFilterInputType, DateOnlyGraphType>
{
    public DateOnlyOperationFilterInputType() : base("DateOnlyOperationFilterInput") =>
        this.Says("Conditions on a calendar date (yyyy-MM-dd); all conditions given must hold.", "日付の条件。");
}
