namespace KenpoGraph.Warehouse.Loading;

/// <summary>One row of a tree file (plan nodes, budget lines) as far as the tree needs it.</summary>
internal sealed record TreeRow(SeedRow Row, string Code, string? Parent, string Tree, int SortOrder);

/// <summary>Where a row sits once its tree is known.</summary>
internal sealed record TreePlace(int Depth, int TreeOrder);

/// <summary>
/// Checks the trees of a file (every parent exists, in the same tree, no cycles) and places each row:
/// depth from the root and position in a top-to-bottom reading (pre-order by sort order, then file order).
/// </summary>
internal static class TreeShape
{
    /// <summary>The place of a row that no root reaches (it is in a cycle, which is reported).</summary>
    public static TreePlace Unplaced { get; } = new(0, 0);

    public static Dictionary<string, TreePlace> Place(IReadOnlyList<TreeRow> rows, string parentColumn, string treeName)
    {
        var byCode = rows.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var valid = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Parent is null)
            {
                valid.Add(row.Code);
            }
            else if (!byCode.TryGetValue(row.Parent, out var parent))
            {
                row.Row.Problem(parentColumn, LoadRule.UnknownReference, $"'{row.Parent}' is not a {treeName} in this file");
            }
            else if (parent.Tree != row.Tree)
            {
                row.Row.Problem(parentColumn, LoadRule.InvalidTree, $"'{row.Parent}' belongs to '{parent.Tree}', not to '{row.Tree}'");
            }
            else if (LeadsBackTo(row, byCode))
            {
                row.Row.Problem(parentColumn, LoadRule.InvalidTree, $"following parents from '{row.Code}' leads back to '{row.Code}'");
            }
            else
            {
                valid.Add(row.Code);
            }
        }

        var children = rows.Where(r => r.Parent is not null && valid.Contains(r.Code)).ToLookup(r => r.Parent!);
        var places = new Dictionary<string, TreePlace>(StringComparer.Ordinal);
        foreach (var tree in rows.Where(r => r.Parent is null).GroupBy(r => r.Tree))
        {
            var order = 0;
            foreach (var root in tree.OrderBy(r => r.SortOrder))
            {
                Visit(root, 1);
            }

            void Visit(TreeRow row, int depth)
            {
                places[row.Code] = new TreePlace(depth, ++order);
                foreach (var child in children[row.Code].OrderBy(c => c.SortOrder))
                {
                    Visit(child, depth + 1);
                }
            }
        }
        return places;
    }

    private static bool LeadsBackTo(TreeRow start, Dictionary<string, TreeRow> byCode)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Code };
        for (var parent = start.Parent; parent is not null && byCode.TryGetValue(parent, out var row); parent = row.Parent)
        {
            if (!seen.Add(parent))
            {
                return parent == start.Code;
            }
        }
        return false;
    }
}
