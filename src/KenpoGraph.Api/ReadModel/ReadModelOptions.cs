namespace KenpoGraph.Api.ReadModel;

/// <summary>The <c>ReadModel</c> configuration section: whether and how data versions are held in memory.</summary>
internal sealed class ReadModelOptions
{
    public const string Section = "ReadModel";

    /// <summary>Serve from in-memory read models; false: every request reads the SQL warehouse (the differential test's reference).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// A version with more fact and roll-up rows than this is not held in memory; the SQL warehouse serves it. The shipped
    /// data has about 53,000; one caller's view of it takes about 25 MB (bench/results, findings of issue 20).
    /// </summary>
    public int MaxRows { get; set; } = 600_000;

    /// <summary>Views (distinct access rights) held per version; callers beyond them are served from SQL.</summary>
    public int MaxViews { get; set; } = 16;

    /// <summary>
    /// Background (the default): a request never waits for a view to be built; until it is, SQL answers. Inline: the
    /// first request of a version and rights builds the view and waits for it, so a test knows which path answered.
    /// </summary>
    public ReadModelBuild Build { get; set; } = ReadModelBuild.Background;
}

internal enum ReadModelBuild
{
    Background,
    Inline,
}
