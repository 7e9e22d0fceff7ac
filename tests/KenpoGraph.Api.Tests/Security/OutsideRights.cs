using System.Text;
using System.Text.Json;
using KenpoGraph.Testing;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>
/// Everything that would show another branch in a response: its code where an org unit code stands, its names,
/// its OrgUnit node id, and the codes of its plan documents (from db/seed, so the list follows the data).
/// </summary>
internal static class OutsideRights
{
    private static readonly string[] CodeProperties = ["code", "orgUnitCode", "unitCode", "orgUnit", "branch"];

    private static readonly IReadOnlyList<(string Code, string[] Names)> Branches = ReadBranches();

    private static readonly IReadOnlyList<(string Code, string OrgUnit)> Plans = ReadPlans();

    /// <summary>Fails when <paramref name="body"/> shows a branch other than <paramref name="allowed"/> anywhere.</summary>
    public static void AssertOnly(string body, params string[] allowed)
    {
        var leaks = LeaksIn(body, allowed);
        Assert.True(leaks.Count == 0, $"outside the caller's branches ({string.Join(", ", allowed)}): {string.Join("; ", leaks.Distinct())}\n{body}");
    }

    /// <summary>What <paramref name="body"/> shows of branches other than <paramref name="allowed"/>; names in <paramref name="publicNames"/> (a region's, 北海道) do not count.</summary>
    public static List<string> LeaksIn(string body, IReadOnlyCollection<string> allowed, IReadOnlySet<string>? publicNames = null)
    {
        var hidden = Branches.Where(b => !allowed.Contains(b.Code)).ToArray();
        var leaks = new List<string>();
        foreach (var (code, names) in hidden)
        {
            leaks.AddRange(names.Where(name => publicNames?.Contains(name) != true && body.Contains($"\"{name}\"", StringComparison.Ordinal)).Select(name => $"name {name}"));
            var nodeId = Convert.ToBase64String(Encoding.UTF8.GetBytes($"OrgUnit:{code}"));
            if (body.Contains(nodeId, StringComparison.Ordinal))
            {
                leaks.Add($"node id of {code}");
            }
        }
        foreach (var (plan, orgUnit) in Plans.Where(p => hidden.Any(b => b.Code == p.OrgUnit)))
        {
            if (body.Contains(plan, StringComparison.Ordinal))
            {
                leaks.Add($"plan {plan} of {orgUnit}");
            }
        }
        var hiddenCodes = hidden.Select(b => b.Code).ToHashSet();
        Walk(JsonDocument.Parse(body).RootElement, null, (property, value) =>
        {
            if (CodeProperties.Contains(property) && hiddenCodes.Contains(value))
            {
                leaks.Add($"{property}: \"{value}\"");
            }
        });
        return leaks;
    }

    private static void Walk(JsonElement element, string? property, Action<string, string> visit)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    Walk(member.Value, member.Name, visit);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, property, visit);
                }
                break;
            case JsonValueKind.String when property is not null:
                visit(property, element.GetString()!);
                break;
        }
    }

    private static IReadOnlyList<(string, string[])> ReadBranches() => File.ReadAllLines(Path.Combine(SeedWorkspace.RepositorySeedDirectory, "org_units.csv"))
        .Skip(1).Select(line => line.Split(','))
        .Where(columns => columns[1] == "BRANCH")
        .Select(columns => (columns[0], new[] { columns[2], columns[3], columns[4], columns[5] }))
        .ToArray();

    private static IReadOnlyList<(string, string)> ReadPlans() => File.ReadAllLines(Path.Combine(SeedWorkspace.RepositorySeedDirectory, "plan_documents.csv"))
        .Skip(1).Select(line => line.Split(','))
        .Select(columns => (columns[0], columns[3]))
        .ToArray();
}
