using GraphQL.Builders;
using GraphQL.Types;

namespace KenpoGraph.Api.Schema;

/// <summary>
/// Every description says its thing in English and in Japanese, joined one way ("The KPI. KPI。"); a
/// missing half fails the schema's construction, so it fails every test that builds the schema.
/// </summary>
internal static class Bilingual
{
    public static FieldBuilder<TSource, TReturn> Says<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string english, string japanese) =>
        field.Description(Join(english, japanese));

    public static void Says(this IGraphType type, string english, string japanese) => type.Description = Join(english, japanese);

    public static string Join(string english, string japanese)
    {
        if (string.IsNullOrWhiteSpace(english) || !english.Any(char.IsAsciiLetter))
        {
            throw new ArgumentException($"The English half of a description is missing (Japanese: '{japanese}').", nameof(english));
        }
        if (string.IsNullOrWhiteSpace(japanese) || !japanese.Any(IsJapanese))
        {
            throw new ArgumentException($"The Japanese half of a description is missing (English: '{english}').", nameof(japanese));
        }
        return $"{english} {japanese}";
    }

    // Kana, kanji and the full-width forms (（）、％) the descriptions use.
    private static bool IsJapanese(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF';
}
