namespace KenpoGraph.Api.ReadModel;

/// <summary>
/// The order SQL gives a key, for sorting in memory: strings by code unit (SQLite's BINARY collation and PostgreSQL's
/// "C" order byte-wise; they agree with UTF-16 order below U+E000, which every code and Japanese title here is), the
/// rest by their natural order, nulls first as SQLite and SQL Server sort them ascending.
/// </summary>
internal static class SqlOrder
{
    public static IComparer<T> Of<T>() => typeof(T) == typeof(string) ? (IComparer<T>)(object)StringComparer.Ordinal : Comparer<T>.Default;
}
