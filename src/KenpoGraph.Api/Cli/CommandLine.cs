using KenpoGraph.Api.Hosting;
using KenpoGraph.Warehouse.Storage;

namespace KenpoGraph.Api.Cli;

/// <summary>Verb dispatch: serve (default), load, token, schema. Everything after the verb is passed on as configuration (--Warehouse:DataDirectory=…).</summary>
internal static class CommandLine
{
    public const string Usage = """
        kenpograph — the KenpoGraph warehouse and GraphQL API

        Usage:
          kenpograph [serve] [--urls http://localhost:5080] [--Key=Value ...]
              Create and load the embedded warehouse from db/seed/ if none exists, then serve /graphql.
          kenpograph load [path] [--force] [--dry-run [--json]] [--Key=Value ...]
              Validate the seed folder (default db/seed/) and publish it as a new data version, all or nothing;
              print what it changed and write a report to reports/ in the data directory.
              --force     publish even when the input equals the current version's
              --dry-run   validate and print what would change (rows per table and org unit, national
                          figures that move) without writing anything; --json prints the changes as JSON
              Progress is shown while it runs when standard error is a terminal.
              Exit code 0: published, unchanged or (dry run) valid; 1: the input has problems (all are listed);
              2: usage error; 3: publishing failed (disk full, another load running …), nothing published;
              130: cancelled (Ctrl+C, SIGTERM), nothing published.
          kenpograph diff <version-a> <version-b> [--json] [--Key=Value ...]
              What changed between two stored data versions (numbers, or `current`): rows added, changed and
              removed per table and org unit, national figures that move. Exit code 3: a version is not stored.
          kenpograph rollback <version> [--Key=Value ...]
              Make a stored data version current again (the way back from a bad load; servers switch on their
              next request). Exit code 3: the version is not stored, or a load is running.
          kenpograph token [--scopes Kenpo.Read,Kenpo.Finance.Read] [--branches 19] [--expires 8h] [--client-id id] [--subject id] [--app]
              Print a development token (Authorization: Bearer <token>) that a server running the development issuer accepts.
          kenpograph schema
              Print the GraphQL schema (SDL).

        Configuration keys (also appsettings.json or environment variables such as Warehouse__DataDirectory):
          Warehouse:Provider        Sqlite (default), PostgreSql or SqlServer
          Warehouse:DataDirectory   where the SQLite warehouse lives (default: ~/.local/share/kenpograph)
          Warehouse:ConnectionString  PostgreSQL or SQL Server connection string
          Warehouse:KeepPreviousVersions  versions kept besides the current one (default 5; SQLite and PostgreSQL)
          Warehouse:SeedDirectory   seed folder for the first start (default: db/seed above the program)
          AzureAd:*                 Entra ID (Microsoft.Identity.Web): Instance, TenantId, ClientId, Audience
          Auth:AnonymousScopes      permissions without a token (Development: Kenpo.Read; elsewhere none)
          Auth:TokenIssuer          EntraId or Development (default: EntraId with AzureAd:ClientId, Development in Development)
          Limits:*                  request body, depth, aliases, fields, cost, timeout, rate limit, introspection (docs/endpoint.md)
          Warehouse:ReportDirectory where load reports go (default: reports/ in the data directory)
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        // `kenpograph --help` started the server: a first argument starting with '-' is configuration for serve, except these.
        if (args is ["--help" or "-h" or "-?", ..])
        {
            Console.Out.WriteLine(Usage);
            return 0;
        }
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
        switch (verb)
        {
            case "serve":
                await KenpoGraphWebApp.Build(rest).RunAsync();
                return 0;
            case "load":
            {
                using var signals = new StopSignals();
                return await LoadCommand.RunAsync(rest, Console.Out, Console.Error, TerminalProgress.ForStandardError(), WarehouseStores.Create,
                    signals.Token);
            }
            case "token":
                return await TokenCommand.RunAsync(rest, Console.Out, Console.Error, TimeProvider.System);
            case "diff":
            {
                using var signals = new StopSignals();
                return await DiffCommand.RunAsync(rest, Console.Out, Console.Error, signals.Token);
            }
            case "rollback":
            {
                using var signals = new StopSignals();
                return await RollbackCommand.RunAsync(rest, Console.Out, Console.Error, signals.Token);
            }
            case "schema":
                Console.Out.Write(SchemaCommand.PrintSchema());
                return 0;
            case "help" or "--help" or "-h":
                Console.Out.WriteLine(Usage);
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{verb}'.\n\n{Usage}");
                return 2;
        }
    }
}
