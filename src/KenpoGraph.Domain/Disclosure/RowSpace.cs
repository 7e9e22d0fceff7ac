using System.Numerics;

namespace KenpoGraph.Domain.Disclosure;

/// <summary>
/// Which columns of a 0/1 matrix are determined by its rows: column j is determined when the unit vector e_j lies in the
/// row space, i.e. some linear combination of the rows isolates it. Exact integer (fraction-free) Gauss–Jordan
/// elimination: no floating point, so no rounding can hide or invent a determination. The matrices are small
/// (a few dozen aggregates over at most 47 branches).
/// </summary>
internal static class RowSpace
{
    /// <summary>The columns whose unit vectors lie in the span of <paramref name="rows"/> (each a set of column indices with coefficient 1).</summary>
    public static IReadOnlySet<int> DeterminedColumns(IEnumerable<IReadOnlyCollection<int>> rows, int columns)
    {
        var reduced = Reduce(rows, columns);
        // In reduced row echelon form, e_j is in the row space exactly when one of the rows is a multiple of e_j: the
        // coefficients of a combination equal to e_j are forced by the pivot columns, so only the row whose pivot is j can take part.
        return reduced.Select(row => row.Select((value, column) => (value, column)).Where(x => !x.value.IsZero).ToArray())
            .Where(nonZero => nonZero.Length == 1).Select(nonZero => nonZero[0].column).ToHashSet();
    }

    /// <summary>The span of <paramref name="rows"/>, reduced once, to ask of many vectors whether they lie in it.</summary>
    public static Span SpanOf(IEnumerable<IReadOnlyCollection<int>> rows, int columns) => new(Reduce(rows, columns), columns);

    /// <summary>A row space in reduced row echelon form.</summary>
    internal sealed class Span(List<BigInteger[]> basis, int columns)
    {
        private readonly (BigInteger[] Row, int Pivot)[] _basis = basis.Select(row => (row, Array.FindIndex(row, v => !v.IsZero))).ToArray();

        /// <summary>Whether the 0/1 vector with ones at <paramref name="vector"/> is a linear combination of the rows (exactly, over the rationals).</summary>
        public bool Contains(IReadOnlyCollection<int> vector)
        {
            var v = new BigInteger[columns];
            foreach (var column in vector)
            {
                v[column] = BigInteger.One;
            }
            // Each pivot column is zero in every other basis row, so eliminating pivot by pivot leaves zero exactly when v is in the span.
            foreach (var (row, pivot) in _basis)
            {
                if (v[pivot].IsZero)
                {
                    continue;
                }
                var factor = v[pivot];
                for (var j = 0; j < columns; j++)
                {
                    v[j] = v[j] * row[pivot] - row[j] * factor;
                }
                Normalise(v);
            }
            return v.All(x => x.IsZero);
        }
    }

    private static List<BigInteger[]> Reduce(IEnumerable<IReadOnlyCollection<int>> rows, int columns)
    {
        var matrix = rows.Select(row =>
        {
            var vector = new BigInteger[columns];
            foreach (var column in row)
            {
                vector[column] = BigInteger.One;
            }
            return vector;
        }).ToList();
        var pivotRow = 0;
        for (var column = 0; column < columns && pivotRow < matrix.Count; column++)
        {
            var found = matrix.FindIndex(pivotRow, r => !r[column].IsZero);
            if (found < 0)
            {
                continue;
            }
            (matrix[pivotRow], matrix[found]) = (matrix[found], matrix[pivotRow]);
            var pivot = matrix[pivotRow];
            for (var other = 0; other < matrix.Count; other++)
            {
                if (other == pivotRow || matrix[other][column].IsZero)
                {
                    continue;
                }
                // row := row·p − pivotRow·row[column]: exact, then divided by the gcd to keep the integers small.
                var row = matrix[other];
                var factor = row[column];
                for (var j = 0; j < columns; j++)
                {
                    row[j] = row[j] * pivot[column] - pivot[j] * factor;
                }
                Normalise(row);
            }
            pivotRow++;
        }
        return matrix.Take(pivotRow).ToList();
    }

    private static void Normalise(BigInteger[] row)
    {
        var divisor = row.Aggregate(BigInteger.Zero, BigInteger.GreatestCommonDivisor);
        if (divisor > BigInteger.One)
        {
            for (var j = 0; j < row.Length; j++)
            {
                row[j] /= divisor;
            }
        }
    }
}
