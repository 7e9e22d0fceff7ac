using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>
/// Inserts a table's rows on SQLite through the native statement API, many rows per INSERT and every value bound
/// by position. Through <see cref="SqliteCommand"/> each row cost a statement run of its own and each value a
/// lookup of its parameter by name (the name encoded to UTF-8 each time), which was most of a load's time in .NET.
/// Only for tables whose every column is text, an integer, a boolean or a decimal: these are bound here exactly as
/// Microsoft.Data.Sqlite binds them (decimals as invariant text with at least one decimal place, booleans as 0/1),
/// so the file holds the same values either way; other tables keep the command.
/// </summary>
internal sealed class SqliteRowBatches
{
    /// <summary>
    /// Rows per INSERT: enough to share a statement run among many rows, few enough for SQLite's 32,766 parameters
    /// at any table width here; a divisor of <see cref="RowProgress.ReportEvery"/>, so progress is reported at the
    /// same counts as row by row.
    /// </summary>
    private const int RowsPerStatement = 100;

    private static readonly HashSet<Type> BindableTypes = [typeof(string), typeof(int), typeof(long), typeof(bool), typeof(decimal)];

    // As Microsoft.Data.Sqlite writes a decimal.
    private const string DecimalFormat = "0.0###########################";

    private readonly sqlite3 _database;
    private readonly InsertTarget _target;
    private byte[] _utf8 = new byte[256];

    private SqliteRowBatches(sqlite3 database, InsertTarget target)
    {
        _database = database;
        _target = target;
    }

    /// <summary>The inserter for <paramref name="target"/>, or null when the connection is not SQLite or a column's type is not one bound here.</summary>
    public static SqliteRowBatches? For(WarehouseDbContextAccess access, InsertTarget target) =>
        access.Connection is SqliteConnection { Handle: { } database }
        && target.Mappings.All(m => BindableTypes.Contains(ProviderTypeOf(m)))
            ? new SqliteRowBatches(database, target)
            : null;

    private static Type ProviderTypeOf(RelationalTypeMapping mapping)
    {
        var type = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        return Nullable.GetUnderlyingType(type) ?? type;
    }

    public int Insert<TEntity>(WarehouseDbContextAccess access, IEnumerable<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        using var full = Prepare(RowsPerStatement);
        var batch = new List<TEntity>(RowsPerStatement);
        var written = new WrittenRows(access, _target.Table.Name);
        void Written()
        {
            // Counted between statements, so an intermediate commit never falls inside one. The native statements
            // run in whatever transaction the connection has, so a new one needs nothing here.
            foreach (var _ in batch)
            {
                written.One();
            }
            batch.Clear();
        }

        foreach (var row in rows)
        {
            batch.Add(row);
            if (batch.Count == RowsPerStatement)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Run(full, batch);
                Written();
            }
        }
        if (batch.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var tail = Prepare(batch.Count);
            Run(tail, batch);
            Written();
        }
        return written.Finish();
    }

    private sqlite3_stmt Prepare(int rowCount)
    {
        var row = $"({string.Join(", ", Enumerable.Repeat("?", _target.Properties.Length))})";
        var sql = $"{_target.InsertInto} VALUES {string.Join(", ", Enumerable.Repeat(row, rowCount))}";
        var rc = raw.sqlite3_prepare_v2(_database, sql, out var statement);
        SqliteException.ThrowExceptionForRC(rc, _database);
        return statement;
    }

    private void Run<TEntity>(sqlite3_stmt statement, List<TEntity> batch)
        where TEntity : class
    {
        var index = 1;
        foreach (var row in batch)
        {
            for (var i = 0; i < _target.Properties.Length; i++)
            {
                Bind(statement, index++, _target.ProviderValue(i, row));
            }
        }
        var rc = raw.sqlite3_step(statement);
        // Reset before throwing, so a failed statement holds no lock or cursor when the load's transaction ends.
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _database);
        }
    }

    private void Bind(sqlite3_stmt statement, int index, object? value)
    {
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(statement, index),
            string text => BindText(statement, index, text),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            long number => raw.sqlite3_bind_int64(statement, index, number),
            bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
            decimal number => BindDecimal(statement, index, number),
            _ => throw new InvalidOperationException($"{_target.Table.Name}: a {value.GetType().Name} cannot be bound here."),
        };
        SqliteException.ThrowExceptionForRC(rc, _database);
    }

    private int BindText(sqlite3_stmt statement, int index, ReadOnlySpan<char> text)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < length)
        {
            _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
        }
        var written = Encoding.UTF8.GetBytes(text, _utf8);
        // The span form binds a copy (SQLITE_TRANSIENT), so the buffer is free again for the next value.
        return raw.sqlite3_bind_text(statement, index, _utf8.AsSpan(0, written));
    }

    private int BindDecimal(sqlite3_stmt statement, int index, decimal number)
    {
        Span<char> text = stackalloc char[64];
        // The custom format is parsed again for every value (a fifth of the writing's .NET time). A non-zero decimal's
        // general form is all its digits at its own scale, never an exponent, so it reads the same once trailing zeros
        // after the point are dropped, keeping one decimal place; zero (which has a sign) takes the format itself.
        if (number != 0m && number.TryFormat(text, out var written, default, CultureInfo.InvariantCulture))
        {
            var digits = text[..written];
            if (digits.IndexOf('.') < 0)
            {
                ".0".CopyTo(text[written..]);
                return BindText(statement, index, text[..(written + 2)]);
            }
            digits = digits.TrimEnd('0');
            return BindText(statement, index, digits[^1] == '.' ? text[..(digits.Length + 1)] : digits);
        }
        return BindText(statement, index, number.ToString(DecimalFormat, CultureInfo.InvariantCulture));
    }
}
