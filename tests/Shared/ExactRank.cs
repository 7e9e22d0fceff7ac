using System.Numerics;

namespace KenpoGraph.Testing;

/// <summary>
/// The tests' own linear algebra, written apart from the rule it checks (Domain/Disclosure/RowSpace): Gaussian
/// elimination over the rationals (numerator and denominator as BigInteger), and "branch b is determined" read as
/// rank(M) = rank(M + e_b): adding the unit vector adds nothing when it already lies in the row space.
/// </summary>
internal static class ExactRank
{
    /// <summary>The branches (columns) of <paramref name="hidden"/> whose figure follows from the known aggregates and the visible branches.</summary>
    public static IReadOnlyList<string> Determined(IEnumerable<IReadOnlyCollection<string>> knownAggregates, IReadOnlyCollection<string> visible,
        IReadOnlyCollection<string> hidden)
    {
        var columns = visible.Concat(hidden).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = knownAggregates.Select(a => Vector(a, columns)).Concat(visible.Select(v => Vector([v], columns))).ToList();
        var rank = Rank(rows);
        return hidden.Where(b => Rank([.. rows, Vector([b], columns)]) == rank).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// The hidden branches the known aggregates determine beyond what the public rows and the visible branches already
    /// give, remembered by the structure's signature in <paramref name="proven"/>: most measures and years share one.
    /// </summary>
    public static IReadOnlyList<string> DeterminedBeyondPublic(IReadOnlyCollection<IReadOnlyCollection<string>> knownRows,
        IReadOnlyCollection<IReadOnlyCollection<string>> publicRows, IReadOnlyCollection<string> visible, IReadOnlyCollection<string> hidden,
        Dictionary<string, IReadOnlyList<string>> proven)
    {
        var known = knownRows.Select(r => string.Join(',', r.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal);
        var signature = $"{string.Join(' ', hidden.Order(StringComparer.Ordinal))}|{string.Join(';', known)}|{publicRows.Count}";
        if (!proven.TryGetValue(signature, out var found))
        {
            var unavoidable = Determined(publicRows, visible, hidden);
            proven[signature] = found = Determined(knownRows, visible, hidden).Except(unavoidable).ToArray();
        }
        return found;
    }

    private static Fraction[] Vector(IReadOnlyCollection<string> members, List<string> columns) =>
        columns.Select(c => members.Contains(c) ? Fraction.One : Fraction.Zero).ToArray();

    public static int Rank(IReadOnlyList<Fraction[]> rows)
    {
        var m = rows.Select(r => (Fraction[])r.Clone()).ToList();
        var rank = 0;
        var width = m.Count == 0 ? 0 : m[0].Length;
        for (var c = 0; c < width && rank < m.Count; c++)
        {
            var p = Enumerable.Range(rank, m.Count - rank).FirstOrDefault(i => !m[i][c].IsZero, -1);
            if (p < 0)
            {
                continue;
            }
            (m[rank], m[p]) = (m[p], m[rank]);
            for (var i = rank + 1; i < m.Count; i++)
            {
                var f = m[i][c] / m[rank][c];
                for (var j = c; j < width; j++)
                {
                    m[i][j] -= f * m[rank][j];
                }
            }
            rank++;
        }
        return rank;
    }

    internal readonly record struct Fraction(BigInteger Numerator, BigInteger Denominator)
    {
        public static Fraction Zero => new(0, 1);
        public static Fraction One => new(1, 1);
        public bool IsZero => Numerator.IsZero;

        private static Fraction Of(BigInteger n, BigInteger d)
        {
            if (d.Sign < 0)
            {
                (n, d) = (-n, -d);
            }
            var g = BigInteger.GreatestCommonDivisor(n, d);
            return g.IsZero || g.IsOne ? new(n, d) : new(n / g, d / g);
        }

        public static Fraction operator -(Fraction a, Fraction b) => Of(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);
        public static Fraction operator *(Fraction a, Fraction b) => Of(a.Numerator * b.Numerator, a.Denominator * b.Denominator);
        public static Fraction operator /(Fraction a, Fraction b) => Of(a.Numerator * b.Denominator, a.Denominator * b.Numerator);
    }
}
