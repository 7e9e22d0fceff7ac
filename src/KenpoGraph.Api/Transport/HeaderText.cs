using System.Text;

namespace KenpoGraph.Api.Transport;

/// <summary>
/// Text for a response header. Kestrel refuses to send a header value with a character outside ASCII (the request then
/// fails with 500), and a control character would end the header early; texts that can hold one (a reason naming what
/// the client sent, a dash in a range) pass through here.
/// </summary>
internal static class HeaderText
{
    /// <summary>Common typography spelled in ASCII, anything else outside printable ASCII as '?', at most <paramref name="maxLength"/> characters.</summary>
    public static string Ascii(string text, int maxLength = 512)
    {
        var ascii = new StringBuilder(Math.Min(text.Length, maxLength));
        foreach (var character in text)
        {
            if (ascii.Length > maxLength)
            {
                break;
            }
            var spelled = character switch
            {
                >= ' ' and <= '~' => character.ToString(),
                '–' or '—' or '−' => "-",
                '…' => "...",
                '‘' or '’' => "'",
                '“' or '”' => "'",
                _ => "?",
            };
            ascii.Append(spelled);
        }
        return ascii.Length <= maxLength ? ascii.ToString() : string.Concat(ascii.ToString(0, Math.Max(0, maxLength - 3)), "...");
    }
}
