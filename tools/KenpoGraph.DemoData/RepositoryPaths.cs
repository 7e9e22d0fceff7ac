namespace KenpoGraph.DemoData;

/// <summary>Finds db/seed above the working directory or the program, wherever `dotnet run` is started from.</summary>
internal static class RepositoryPaths
{
    public static string SeedDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "KenpoGraph.sln")))
                {
                    return Path.Combine(folder.FullName, "db", "seed");
                }
            }
        }
        throw new InvalidOperationException("KenpoGraph.sln not found above the working directory; pass the seed folder as the first argument.");
    }
}
