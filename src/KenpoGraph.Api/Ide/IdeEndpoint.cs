using System.Net;
using System.Text;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace KenpoGraph.Api.Ide;

/// <summary>
/// Serves the Banana Cake Pop GraphQL IDE to browsers at the GraphQL path, offline, from the npm
/// package that Ide.targets installs. Mirrors ChilliCream's bananacakepop-express-middleware in
/// "self" mode. GraphQL requests themselves (POST, or GET without text/html) are never touched.
/// </summary>
internal static partial class IdeEndpoint
{
    /// <summary>Where Ide.targets installs the package, relative to the project (= content root).</summary>
    public const string PackageRelativePath = "Ide/node_modules/@chillicream/bananacakepop-graphql-ide";

    /// <summary>Overrides the package folder (absolute, or relative to the content root).</summary>
    public const string PathConfigurationKey = "Ide:Path";

    private const string ConfigFileName = "bcp-config.json";

    // The express middleware answers with {useBrowserUrlAsEndpoint: true, ...options}. With the browser
    // URL as endpoint the IDE posts to the page URL minus any trailing slash, i.e. to /graphql itself.
    // Telemetry is off because the IDE must work offline and must not phone home from a local API.
    private static readonly byte[] ConfigJson = Encoding.UTF8.GetBytes(
        """{"title":"KenpoGraph","useBrowserUrlAsEndpoint":true,"disableTelemetry":true}""");

    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    public static IApplicationBuilder UseBananaCakePop(this IApplicationBuilder app, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(app);

        var idePath = new PathString(path.TrimEnd('/'));
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IdeEndpoint));
        var candidates = PackageCandidates(
            app.ApplicationServices.GetRequiredService<IWebHostEnvironment>(),
            app.ApplicationServices.GetRequiredService<IConfiguration>());
        var root = candidates.FirstOrDefault(candidate => File.Exists(Path.Combine(candidate, "index.html")));

        // Never watched, so the provider holds no file watcher and needs no disposal.
        var files = root is null ? null : new PhysicalFileProvider(root);

        if (files is null)
        {
            LogNotInstalled(logger, string.Join(", ", candidates), idePath);
        }
        else
        {
            LogServing(logger, idePath, files.Root);
        }

        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                || !request.Path.StartsWithSegments(idePath, out var rest))
            {
                await next(context);
                return;
            }

            if (!rest.HasValue || rest == "/")
            {
                // A GET carrying a query, or a persisted one's hash in extensions, is a GraphQL request
                // even from a browser (e.g. a shared link).
                if (!AcceptsHtml(request) || request.Query.ContainsKey("query") || request.Query.ContainsKey("extensions"))
                {
                    await next(context);
                }
                else if (files is null)
                {
                    await WriteNotInstalledPage(context, idePath);
                }
                else
                {
                    await WriteIndex(context, files, idePath, hasTrailingSlash: rest.HasValue);
                }

                return;
            }

            if (files is not null && rest == "/" + ConfigFileName)
            {
                await Write(context, "application/json; charset=utf-8", ConfigJson);
                return;
            }

            var asset = files?.GetFileInfo(rest.Value!);
            if (asset is { Exists: true, IsDirectory: false }
                && ContentTypes.TryGetContentType(asset.Name, out var contentType))
            {
                await WriteAsset(context, asset, contentType, immutable: rest.StartsWithSegments("/static"));
                return;
            }

            await next(context);
        });
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();

        // The default is the legacy application/x-font-ttf; font/ttf is the registered type (RFC 8081).
        provider.Mappings[".ttf"] = "font/ttf";
        return provider;
    }

    private static string[] PackageCandidates(IWebHostEnvironment environment, IConfiguration configuration)
    {
        var configured = configuration[PathConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return [Path.GetFullPath(Path.Combine(environment.ContentRootPath, configured))];
        }

        // dotnet run and WebApplicationFactory both use the project folder as content root, which is where
        // npm installs. The program's own folder covers `dotnet publish` output (Ide.targets copies the
        // package there); its parents cover bin/<configuration>/<tfm>[/<rid>] started from anywhere else.
        // Startup-only lookup: installing the IDE while the API runs needs a restart, as the fallback page says.
        var candidates = new List<string> { environment.ContentRootPath };
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null && candidates.Count <= 5; folder = folder.Parent)
        {
            candidates.Add(folder.FullName);
        }

        return [.. candidates.Select(folder => Path.GetFullPath(Path.Combine(folder, PackageRelativePath))).Distinct(StringComparer.Ordinal)];
    }

    private static bool AcceptsHtml(HttpRequest request)
    {
        foreach (var value in request.Headers.Accept)
        {
            if (value?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                return true;
            }
        }

        return false;
    }

    private static async Task WriteIndex(HttpContext context, PhysicalFileProvider files, PathString idePath, bool hasTrailingSlash)
    {
        var html = await File.ReadAllTextAsync(Path.Combine(files.Root, "index.html"), context.RequestAborted);

        // The build references its assets relatively ("static/js/…"), which resolves under /graphql/ but
        // not under /graphql. Express redirects to the slash form; a <base> element keeps the address the
        // IDE derives its endpoint from exactly /graphql, with no redirect a browser could cache.
        var headEnd = html.IndexOf("<head>", StringComparison.OrdinalIgnoreCase);
        if (headEnd < 0)
        {
            if (!hasTrailingSlash)
            {
                context.Response.Redirect(context.Request.PathBase + idePath + "/" + context.Request.QueryString);
                return;
            }
        }
        else
        {
            var baseHref = WebUtility.HtmlEncode((context.Request.PathBase + idePath).ToUriComponent() + "/");

            // The ChilliCream License asks for a notice on modified copies.
            html = html.Insert(
                headEnd + "<head>".Length,
                $"<!-- Modified by KenpoGraph: <base> added so relative asset URLs resolve under {baseHref} --><base href=\"{baseHref}\"/>");
        }

        await Write(context, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));
    }

    private static Task WriteNotInstalledPage(HttpContext context, PathString idePath)
    {
        var endpoint = WebUtility.HtmlEncode((context.Request.PathBase + idePath).ToUriComponent());
        var html = $$"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"/><title>KenpoGraph – GraphQL IDE not installed</title>
            <style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:3rem auto;padding:0 1rem;line-height:1.5}code,pre{background:#f3f3f3;padding:.1rem .3rem}</style></head>
            <body>
            <h1>GraphQL IDE not installed</h1>
            <p>The Banana Cake Pop IDE that KenpoGraph serves at <code>{{endpoint}}</code> was not found next to the app.
            It is installed from npm when the API is built with <code>npm</code> on the PATH, or by hand:</p>
            <pre>cd src/KenpoGraph.Api/Ide
            npm ci</pre>
            <p>Then restart the API and reload this page.</p>
            <p>The GraphQL endpoint works regardless: send <code>POST {{endpoint}}</code> with a JSON body
            <code>{"query": "{ __typename }"}</code>, or <code>GET {{endpoint}}?query=…</code> with <code>Accept: application/json</code>.</p>
            </body>
            </html>
            """;

        return Write(context, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));
    }

    private static async Task Write(HttpContext context, string contentType, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = body.Length;

        // Page and config must follow package upgrades and config edits immediately.
        response.Headers.CacheControl = "no-cache";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static async Task WriteAsset(HttpContext context, IFileInfo asset, string contentType, bool immutable)
    {
        var response = context.Response;
        var lastModified = asset.LastModified.ToUniversalTime();
        lastModified = new DateTimeOffset(lastModified.Ticks - lastModified.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

        response.Headers.LastModified = HeaderUtilities.FormatDate(lastModified);

        // Files under static/ carry a content hash in their name, so a browser may keep them for good;
        // the rest (service worker, manifest, icons) keep stable names and must be revalidated.
        response.Headers.CacheControl = immutable ? "public, max-age=31536000, immutable" : "no-cache";

        var ifModifiedSince = context.Request.GetTypedHeaders().IfModifiedSince;
        if (ifModifiedSince is not null && lastModified <= ifModifiedSince)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = asset.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.SendFileAsync(asset, context.RequestAborted);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Banana Cake Pop IDE served at {IdePath} from {IdeRoot}")]
    private static partial void LogServing(ILogger logger, PathString idePath, string ideRoot);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Banana Cake Pop IDE is not installed (looked in {Candidates}); browsers opening {IdePath} get install instructions instead")]
    private static partial void LogNotInstalled(ILogger logger, string candidates, PathString idePath);
}
