using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace PesTor.Theme.OutputCaching;

/// <summary>
/// Tags a cached page with what it shows, so a change evicts exactly the pages it affects: <c>item:{id}</c> for an item's
/// own page, <c>type:{Type}</c> for every page that lists or counts items of a type (a new or changed item of that type
/// may belong there). Pages tag themselves while they render, when they know what they read.
/// </summary>
public static class CacheTags
{
    public static string Item(string contentItemId) => "item:" + contentItemId;

    public static string Type(string contentType) => "type:" + contentType;

    /// <summary>Every cached public page: evicted when the content definitions change (labels, options).</summary>
    public const string Site = "site";

    public static void TagTypes(this HttpContext context, params IEnumerable<string> contentTypes)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context.Tags is { } tags)
        {
            foreach (var type in contentTypes)
            {
                tags.Add(Type(type));
            }
        }
    }

    public static void TagItems(this HttpContext context, params IEnumerable<string> contentItemIds)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context.Tags is { } tags)
        {
            foreach (var id in contentItemIds)
            {
                tags.Add(Item(id));
            }
        }
    }
}
