using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using KenpoGraph.Api.Tests.Warehouse;
using KenpoGraph.Domain.Access;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;
using KenpoGraph.Warehouse.Storage;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace KenpoGraph.Api.Tests.PostgreSql;

/// <summary>
/// Every query shape of the API (<see cref="SqlServerQueryShapeTests.Shapes"/>, the corpus that covers each file that
/// queries the warehouse) run for real on PostgreSQL and on SQLite over the same seed, unrestricted and through the row
/// filter of a partner limited to 山梨 (19) without the finance permission: PostgreSQL must return exactly SQLite's rows,
/// in SQLite's order wherever the query orders them.
/// </summary>
public sealed class PostgreSqlQueryShapeTests(ITestOutputHelper output) : IDisposable
{
    private static readonly DateTimeOffset LoadTime = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly SeedWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private static readonly JsonSerializerOptions Json = new() { Converters = { new NormalisedDecimal() }, ReferenceHandler = ReferenceHandler.IgnoreCycles };

    [SkippableFact]
    public async Task Every_api_query_shape_returns_on_postgresql_exactly_what_it_returns_on_sqlite()
    {
        Skip.If(PostgreSqlCluster.Missing is not null, PostgreSqlCluster.Missing);
        using var warehouse = WarehouseUnderTest.PostgreSql();
        var sqlite = new SqliteWarehouseStore(_workspace.DataDirectory);
        var postgres = WarehouseStores.Create(new WarehouseOptions { Provider = WarehouseProvider.PostgreSql, ConnectionString = warehouse.ConnectionString });
        using var owned = (IDisposable)postgres;
        foreach (var store in new IWarehouseStore[] { sqlite, postgres })
        {
            var outcome = await new WarehouseLoader(store, new FixedClock(LoadTime)).LoadAsync(_workspace.SeedDirectory);
            Assert.Equal(LoadStatus.Published, outcome.Status);
        }
        await using var sqliteSnapshot = sqlite.Current()!;
        await using var postgresSnapshot = postgres.Current()!;
        var partner = new AccessRights([KenpoScope.Read], BranchRestriction.To([OrgUnitCode.Parse("19")]));

        var shapes = 0;
        var rows = 0L;
        var differences = new List<string>();
        foreach (var (name, file, query) in SqlServerQueryShapeTests.Shapes())
        {
            foreach (var (who, rights) in new[] { ("unrestricted", (AccessRights?)null), ("partner 19", partner) })
            {
                await using var sqliteDb = Restricted(sqliteSnapshot.CreateContext(), rights);
                await using var postgresDb = Restricted(postgresSnapshot.CreateContext(), rights);
                var ordered = query(postgresDb).ToQueryString().Contains("ORDER BY", StringComparison.Ordinal);
                var expected = Rows(query(sqliteDb), ordered);
                var actual = Rows(query(postgresDb), ordered);
                shapes++;
                rows += actual.Count;
                if (!expected.SequenceEqual(actual))
                {
                    var first = expected.Zip(actual).Select((p, i) => (p, i)).FirstOrDefault(x => x.p.First != x.p.Second);
                    differences.Add($"{name} ({file}, {who}): SQLite {expected.Count} rows, PostgreSQL {actual.Count}"
                        + (first.p.First is null ? "" : $"; row {first.i}: {first.p.First} vs {first.p.Second}"));
                }
            }
        }

        output.WriteLine($"{shapes} shape runs ({shapes / 2} shapes, unrestricted and as partner 19), {rows} rows from PostgreSQL, {differences.Count} differing");
        Assert.True(differences.Count == 0, string.Join('\n', differences));
        Assert.True(rows > 1000, $"only {rows} rows came back: the shapes did not read the warehouse");
    }

    private static WarehouseDbContext Restricted(WarehouseDbContext db, AccessRights? rights) => rights is null ? db : db.RestrictTo(rights);

    /// <summary>
    /// The query's rows as JSON, sorted unless the query orders them. Decimals are compared at 12 places, the model's
    /// largest scale (fact_rollup.value, decimal(38,12)), without trailing zeros: PostgreSQL, like SQL Server, rounds a
    /// value to its column's scale (48.376978148291), where SQLite keeps every digit it was given
    /// (48.37697814829074189879981395), and numeric(28,6) reads back as 39713000.000000.
    /// </summary>
    private static List<string> Rows(IQueryable query, bool ordered)
    {
        var rows = new List<string>();
        foreach (var row in (IEnumerable)query)
        {
            rows.Add(JsonSerializer.Serialize(row, row?.GetType() ?? typeof(object), Json));
        }
        return ordered ? rows : [.. rows.Order(StringComparer.Ordinal)];
    }

    private sealed class NormalisedDecimal : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(Math.Round(value, 12, MidpointRounding.ToEven) / 1.0000000000000000000000000000m);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
