using KenpoGraph.Domain.Provenance;

namespace KenpoGraph.Warehouse.Loading;

/// <summary>Rules on a row's provenance that hold for every file with a quality and a locator.</summary>
internal static class SourcedRows
{
    /// <summary>
    /// A PUBLIC_PAGE figure is located by the page's address (https://…), so a reader can open the page; a figure of any
    /// other quality is located in a document's lines, never by an address.
    /// </summary>
    public static bool LocatesItsQuality(Quality quality, string locator) =>
        (quality == Quality.PublicPage) == IsAddress(locator);

    public static string PublicPageLocatorMessage(string locator) => IsAddress(locator)
        ? $"'{locator}' is a web address: only a PUBLIC_PAGE figure is located by a page's address"
        : $"'{locator}' is not a web address: a PUBLIC_PAGE figure is located by the address of the page that prints it (https://…)";

    private static bool IsAddress(string locator) =>
        Uri.TryCreate(locator, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
