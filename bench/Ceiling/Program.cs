// The ceiling of the HTTP stack on this machine: Kestrel with routing (as the API has) answering
// POST /{name} with the exact bytes the API answered for that query, after reading the request body.
// Whatever the API spends beyond this is GraphQL, the warehouse and serialisation.
// Usage: kenpograph-ceiling <folder of NAME.json bodies> --urls http://127.0.0.1:PORT
var folder = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : throw new ArgumentException("usage: kenpograph-ceiling <bodies folder> --urls <url>");
var bodies = Directory.EnumerateFiles(folder, "*.json").ToDictionary(path => Path.GetFileNameWithoutExtension(path), File.ReadAllBytes, StringComparer.Ordinal);

var builder = WebApplication.CreateSlimBuilder(args[1..]);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapPost("/{name}", async (HttpContext http, string name) =>
{
    // Read the request as the API must before it can answer.
    var buffer = new byte[16 * 1024];
    while (await http.Request.Body.ReadAsync(buffer, http.RequestAborted) > 0)
    {
    }
    if (!bodies.TryGetValue(name, out var body))
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        return;
    }
    http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    http.Response.ContentLength = body.Length;
    await http.Response.Body.WriteAsync(body, http.RequestAborted);
});
app.Run();
