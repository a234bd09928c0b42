using PesTor.ContentManagement;
using PesTor.ContentParts;

namespace PesTor.Theme.Services;

/// <summary>Where an item lives on the public site: its autoroute path.</summary>
public static class Paths
{
    public static string Of(ContentItem item) => "/" + (item.GetText(nameof(AutoroutePart), nameof(AutoroutePart.Path)) ?? "");
}
