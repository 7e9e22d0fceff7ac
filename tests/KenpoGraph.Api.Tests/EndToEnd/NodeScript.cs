using System.Diagnostics;
using KenpoGraph.Testing;

namespace KenpoGraph.Api.Tests.EndToEnd;

/// <summary>
/// Runs a script from tests/e2e (Node tools pinned in its package.json, installed by `.ci/run` with
/// `npm ci`) and collects what it printed. Tests skip, saying why, when Node or a package is missing.
/// </summary>
internal static class NodeScript
{
    public static string Folder { get; } = Path.Combine(SeedWorkspace.RepositoryRoot, "tests", "e2e");

    /// <summary>Why the script cannot run here, or null when Node and the named npm packages are installed.</summary>
    public static string? MissingPrerequisite(params string[] packages)
    {
        if (FindOnPath("node") is null)
        {
            return "Node.js is not on PATH; `bash .ci/run` installs it.";
        }
        var missing = packages.Where(p => !File.Exists(Path.Combine(Folder, "node_modules", p, "package.json"))).ToList();
        return missing.Count == 0
            ? null
            : $"npm package(s) {string.Join(", ", missing)} not installed in tests/e2e; run `npm ci` there (`bash .ci/run` does).";
    }

    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string script, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(FindOnPath("node")!)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"node {script} did not finish within {timeout.TotalSeconds:0} s.\n{await output}\n{await errors}");
        }
        return (process.ExitCode, await output, await errors);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
