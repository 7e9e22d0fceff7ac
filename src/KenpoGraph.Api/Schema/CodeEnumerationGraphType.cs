using GraphQL.Types;
using KenpoGraph.Domain;

namespace KenpoGraph.Api.Schema;

/// <summary>
/// An enum whose GraphQL values are the seed and database codes (AVERAGE_3Y, IMPORTANCE_HIGH), each described.
/// </summary>
internal abstract class CodeEnumerationGraphType<TEnum> : EnumerationGraphType<TEnum> where TEnum : struct, Enum
{
    protected CodeEnumerationGraphType(string description, IReadOnlyDictionary<TEnum, string> values)
    {
        Description = description;
        foreach (var (value, text) in values)
        {
            Values.FindByValue(value)!.Description = text;
        }
    }

    protected override string ChangeEnumCase(string val) => EnumCode.ScreamingSnake(val);
}
