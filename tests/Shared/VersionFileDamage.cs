namespace KenpoGraph.Testing;

/// <summary>What can happen to a published version file on a real disk, done to a test's own copy.</summary>
internal static class VersionFileDamage
{
    /// <summary>Overwrites or cuts the file: "header" (not a database any more), "middle" (interior pages), "truncated" (half of it).</summary>
    public static void Corrupt(string path, string damage)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        switch (damage)
        {
            case "header":
                file.Write(new byte[100]);
                break;
            case "middle":
                // Interior b-tree pages of the largest table: only an integrity check (or an unlucky query) sees it.
                file.Position = file.Length / 2;
                file.Write(Enumerable.Repeat((byte)0xFF, 4096).ToArray());
                break;
            case "truncated":
                file.SetLength(file.Length / 2);
                break;
            default:
                throw new ArgumentException($"Unknown damage '{damage}'.", nameof(damage));
        }
    }

    /// <summary>
    /// Replaces the file with a name that cannot be opened even by root (permissions would not stop root, which CI
    /// may run as): a symbolic link to itself.
    /// </summary>
    public static void MakeUnreadable(string path)
    {
        File.Delete(path);
        File.CreateSymbolicLink(path, path);
    }

    /// <summary>Puts <paramref name="backup"/> back at <paramref name="path"/>, whatever is there now.</summary>
    public static void Restore(string backup, string path)
    {
        File.Delete(path);
        File.Copy(backup, path);
    }
}
