using System.Globalization;
using KenpoGraph.Api.Access;
using KenpoGraph.Api.Hosting;
using KenpoGraph.Domain.Access;
using KenpoGraph.Domain.Organisation;

namespace KenpoGraph.Api.Cli;

/// <summary>
/// `kenpograph token --scopes … --branches … --expires …`: prints a development token (the token alone on standard
/// output, so `$(kenpograph token …)` works; what it grants on standard error). A server accepts it when it runs the
/// development issuer with the same Auth:Development settings and data directory (the key file lives there).
/// </summary>
internal static class TokenCommand
{
    public const string Usage = """
        kenpograph token [--scopes Kenpo.Read,Kenpo.Finance.Read] [--branches 19,20] [--expires 8h]
                         [--client-id partner-app] [--subject someone] [--app] [--Key=Value ...]
            Print a development token for Banana Cake Pop (Authorization: Bearer <token>) or curl.
            --scopes    permissions, comma- or space-separated (default Kenpo.Read)
            --branches  limit to these branches' rows (kenpo_branches); omitted = every branch
            --expires   lifetime (30m, 8h, 7d) or an ISO 8601 date-time (default 1h)
            --client-id the client id (azp) the token names, which rate limiting keys by (default kenpograph-cli)
            --subject   the subject (sub) the token names (default kenpograph-developer)
            --app       put the permissions in `roles`, as an app-only (daemon) token does, instead of `scp`
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, TimeProvider clock)
    {
        var settings = new List<string>();
        var request = new DevelopmentTokenRequest();
        var now = clock.GetUtcNow();
        var expires = now.AddHours(1);
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                var (name, inlineValue) = Split(args[i]);
                string Value() => inlineValue ?? (i + 1 < args.Length ? args[++i] : throw new UsageException($"{name} needs a value."));
                switch (name)
                {
                    case "--scopes":
                        request = request with { Scopes = Scopes(Value()) };
                        break;
                    case "--branches":
                        request = request with { Branches = Branches(Value()) };
                        break;
                    case "--expires":
                        expires = Expiry(Value(), now);
                        break;
                    case "--client-id":
                        request = request with { ClientId = NonEmpty(name, Value()) };
                        break;
                    case "--subject":
                        request = request with { Subject = NonEmpty(name, Value()) };
                        break;
                    case "--app":
                        request = request with { AsApplication = true };
                        break;
                    case var setting when setting.StartsWith("--", StringComparison.Ordinal) && inlineValue is not null:
                        settings.Add(args[i]);
                        break;
                    default:
                        throw new UsageException($"Unknown argument '{args[i]}'.");
                }
            }
        }
        catch (UsageException problem)
        {
            await errors.WriteLineAsync($"{problem.Message}\n\n{Usage}");
            return 2;
        }

        request = request with { NotBefore = now, Expires = expires };
        var issuer = AccessRegistration.DevelopmentIssuer(KenpoGraphConfiguration.Build([.. settings]));
        await output.WriteLineAsync(issuer.Mint(request));
        await errors.WriteLineAsync(
            $"Development token for client {request.ClientId} (subject {request.Subject}): "
            + $"{(request.AsApplication ? "roles" : "scp")} {string.Join(' ', request.Scopes)}; "
            + $"branches {(request.Branches is { } b ? string.Join(' ', b) : "all")}; valid until {expires:yyyy-MM-dd'T'HH:mm:ss'Z'}. "
            + $"Issuer {issuer.Issuer}, audience {issuer.Audience}, key {issuer.KeyLocation ?? "from Auth:Development:SigningKey"}.");
        return 0;
    }

    private static (string Name, string? Value) Split(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 ? (argument[..equals], argument[(equals + 1)..]) : (argument, null);
    }

    private static IReadOnlyList<string> Scopes(string text)
    {
        var scopes = AuthOptions.Split(text);
        var unknown = scopes.Where(s => !KenpoScope.All.Contains(s)).ToArray();
        return unknown.Length == 0 && scopes.Count > 0 ? scopes
            : throw new UsageException($"--scopes takes {string.Join(", ", KenpoScope.All)}; '{string.Join(", ", unknown)}' is not one of them.");
    }

    private static IReadOnlyList<string> Branches(string text)
    {
        var codes = AuthOptions.Split(text);
        var invalid = codes.Where(c => !OrgUnitCode.TryParse(c, out var code) || code.Kind != OrgUnitKind.Branch).ToArray();
        return invalid.Length == 0 ? codes
            : throw new UsageException($"--branches takes JIS branch codes 01–47; '{string.Join(", ", invalid)}' is not one.");
    }

    /// <summary>A lifetime such as 30m, 8h or 7d (from now), or an absolute ISO 8601 date-time.</summary>
    internal static DateTimeOffset Expiry(string text, DateTimeOffset now)
    {
        if (text.Length >= 2 && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount > 0)
        {
            TimeSpan? lifetime = text[^1] switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => null,
            };
            if (lifetime is { } span)
            {
                return now + span;
            }
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at > now)
        {
            return at;
        }
        throw new UsageException($"--expires takes a lifetime (30m, 8h, 7d) or a future ISO 8601 date-time; '{text}' is neither.");
    }

    private static string NonEmpty(string name, string value) =>
        string.IsNullOrWhiteSpace(value) ? throw new UsageException($"{name} needs a value.") : value;

    private sealed class UsageException(string message) : Exception(message);
}
