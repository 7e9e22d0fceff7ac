using KenpoGraph.Api.Tests.Reliability;
using Xunit.Abstractions;

namespace KenpoGraph.Api.Tests.PostgreSql;

/// <summary>
/// <see cref="RepublishUnderLoad"/> on a real PostgreSQL: the child `kenpograph load` publishes versions 2 and 3 into
/// their own schemas while the clients query; every answer is checked by content against the version it names.
/// </summary>
public sealed class PostgreSqlRepublishUnderLoadTests(ITestOutputHelper output) : RepublishUnderLoad(output, WarehouseUnderTest.PostgreSql());
