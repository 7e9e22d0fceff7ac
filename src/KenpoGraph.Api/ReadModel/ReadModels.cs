using System.Collections.Concurrent;
using KenpoGraph.Domain.Access;
using KenpoGraph.Warehouse.Model;
using KenpoGraph.Warehouse.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KenpoGraph.Api.ReadModel;

/// <summary>
/// The read models of the current data version, one per distinct access rights, built in the background from one
/// snapshot of that version and then only read. A request asks for its version's view and gets it only once it is
/// built: until then (and for a version too large to hold, or rights beyond <see cref="ReadModelOptions.MaxViews"/>)
/// the SQL warehouse answers, so no request waits for a build. A new version's views replace the old ones; a request
/// that holds an old view finishes on it (versions are immutable), so the switch is atomic per request.
/// </summary>
internal sealed class ReadModels(IWarehouseStore store, IOptions<ReadModelOptions> options, ILogger<ReadModels> log)
{
    private sealed record Key(int VersionId, string Rights);

    private readonly ConcurrentDictionary<Key, Lazy<Task<ReadModelView?>>> _views = new();
    private readonly ReadModelOptions _options = options.Value;

    /// <summary>
    /// The view of <paramref name="version"/> for <paramref name="rights"/>, or null when SQL must answer this request.
    /// The first call for a version and rights starts its build.
    /// </summary>
    public ReadModelView? For(DataVersion version, AccessRights rights)
    {
        if (!_options.Enabled)
        {
            return null;
        }
        var key = new Key(version.Id, ViewKey(rights));
        if (!_views.TryGetValue(key, out var entry))
        {
            EvictOtherVersions(key.VersionId);
            if (_views.Count >= _options.MaxViews)
            {
                return null;
            }
            entry = _views.GetOrAdd(key, k => new Lazy<Task<ReadModelView?>>(() => _options.Build == ReadModelBuild.Inline
                ? Task.FromResult(Build(k, rights))
                : Task.Run(() => Build(k, rights))));
        }
        var build = entry.Value;
        return build.IsCompletedSuccessfully ? build.Result : null;
    }

    /// <summary>The rights a view depends on: the row filter reads only the branches and the finance right.</summary>
    private static string ViewKey(AccessRights rights) => $"branches={rights.Branches};finance={rights.CanReadFinance}";

    private void EvictOtherVersions(int versionId)
    {
        foreach (var key in _views.Keys)
        {
            if (key.VersionId != versionId)
            {
                _views.TryRemove(key, out _);
            }
        }
    }

    /// <summary>What <see cref="ReadModelOptions.MaxRows"/> bounds: the version's fact and roll-up rows, whoever asks.</summary>
    public static IEnumerable<IQueryable<object>> Size(WarehouseDbContext db) =>
        [db.Observations.IgnoreQueryFilters().Select(o => (object)o.OrgUnitCode), db.Rollups.IgnoreQueryFilters().Select(r => (object)r.UnitCode)];

    private ReadModelView? Build(Key key, AccessRights rights)
    {
        try
        {
            // One snapshot: on a server warehouse one read-only transaction, so every table is of the same version.
            using var snapshot = store.Version(key.VersionId);
            using var db = snapshot.CreateContext().RestrictTo(rights);
            var size = Size(db).Sum(table => table.Count());
            if (size > _options.MaxRows)
            {
                log.LogInformation("Data version {Version} has {Rows} fact and roll-up rows, more than ReadModel:MaxRows ({Max}): SQL serves it",
                    key.VersionId, size, _options.MaxRows);
                return null;
            }
            var rows = new Dictionary<Type, Array>();
            foreach (var table in ReadModelTables.All)
            {
                rows[table.RowType] = table.Read(db);
            }
            var view = new ReadModelView(key.VersionId, rows);
            log.LogInformation("Read model of data version {Version} for {Rights} built: {Rows} rows", key.VersionId, key.Rights, view.RowCount);
            return view;
        }
        catch (Exception exception) when (exception is WarehouseUnavailableException or DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            // SQL keeps answering (and reporting the problem); a later request tries the build again.
            log.LogWarning(exception, "Read model of data version {Version} for {Rights} not built", key.VersionId, key.Rights);
            _views.TryRemove(key, out _);
            return null;
        }
    }
}
