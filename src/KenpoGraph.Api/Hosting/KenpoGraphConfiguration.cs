using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Storage;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace KenpoGraph.Api.Hosting;

/// <summary>Configuration for the non-web verbs, from the same sources the web host reads.</summary>
internal static class KenpoGraphConfiguration
{
    public static IConfiguration Build(string[] args) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(args)
        .Build();

    /// <summary>
    /// `dotnet run` keeps the caller's working directory as content root (so `load db/seed` resolves from
    /// where it was typed); the program's own appsettings files then sit elsewhere. Add them with the
    /// lowest precedence, so environment variables and the command line still override them.
    /// </summary>
    public static void AddProgramSettings(WebApplicationBuilder builder)
    {
        if (File.Exists(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json")))
        {
            return;
        }
        var programFolder = new PhysicalFileProvider(AppContext.BaseDirectory);
        foreach (var file in new[] { $"appsettings.{builder.Environment.EnvironmentName}.json", "appsettings.json" })
        {
            builder.Configuration.Sources.Insert(0, new JsonConfigurationSource { FileProvider = programFolder, Path = file, Optional = true });
        }
    }

    public static WarehouseOptions WarehouseOptions(IConfiguration configuration)
    {
        var options = new WarehouseOptions();
        configuration.GetSection(KenpoGraph.Warehouse.Storage.WarehouseOptions.Section).Bind(options);
        return options;
    }
}

/// <summary>Where the shipped seed data is: configured, or db/seed in a folder above the working directory or the program.</summary>
internal static class SeedLocation
{
    public static string? Find(WarehouseOptions options)
    {
        return options.SeedDirectory ?? FindAbove(Path.Combine("db", "seed"), folder => File.Exists(Path.Combine(folder, SeedFiles.OrgUnits)));
    }

    /// <summary>The first <paramref name="relativePath"/> that <paramref name="isIt"/> accepts, in a folder above the working directory or the program.</summary>
    public static string? FindAbove(string relativePath, Func<string, bool> isIt)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, relativePath);
                if (isIt(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
