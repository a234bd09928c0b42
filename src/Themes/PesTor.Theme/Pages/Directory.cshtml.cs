using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PesTor.ContentManagement;
using PesTor.Queries;
using PesTor.Theme.Directories;
using PesTor.Theme.OutputCaching;
using PesTor.Theme.Services;

namespace PesTor.Theme.Pages;

/// <summary>
/// A public directory (<see cref="Directories.Directories"/>): its filters read from the query string, one content query
/// for the page and the total, 20 a page. The content query shows a visitor exactly the published items.
/// </summary>
[PublicPage]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class DirectoryModel(IContentQueryService queries, IContentManager contents, TaxonomyNames taxonomies, FieldDisplay fields, DirectoryRows rows) : PageModel
{
    public const int PageSize = 20;

    /// <summary>Keeps the offset within the query's range whatever number arrives in the address.</summary>
    private const int MaxPage = 1_000_000;

    public DirectorySpec Spec { get; private set; } = Directories.Directories.Entities;

    /// <summary>The filter values from the address (trimmed, empty ones left out).</summary>
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Keys whose value could not be used (a range bound that is not a number).</summary>
    public List<string> Errors { get; } = [];

    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<DirectoryRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>The choices of each select (terms or options), by filter key.</summary>
    public Dictionary<string, IReadOnlyList<(string Value, string Label)>> Choices { get; } = new(StringComparer.Ordinal);

    /// <summary>The names of items a picker filter is set to, by filter key.</summary>
    public Dictionary<string, string> PickedNames { get; } = new(StringComparer.Ordinal);

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool Filtered => Values.Count > 0;

    public async Task<IActionResult> OnGetAsync(string directory, CancellationToken cancellationToken)
    {
        if (Directories.Directories.Find(directory) is not { } spec)
        {
            return NotFound();
        }

        Spec = spec;
        ReadValues();
        await LoadChoicesAsync(cancellationToken);

        var filters = Spec.Filters.Select(f => f.Build(Values, Errors)).OfType<ContentFilter>().ToList();
        var page = await queries.ListAsync(new ContentQuery
        {
            ContentTypes = [Spec.ContentType],
            Where = filters.Count == 0 ? null : ContentFilter.And([.. filters]),
            OrderBy = Spec.Order,
            Skip = (PageNumber - 1) * PageSize,
            Take = PageSize,
        }, includeTotal: true, cancellationToken);
        Rows = await rows.ForAsync(Spec, page.Items, cancellationToken);
        Total = page.Total ?? 0;

        // Summaries name picked entities and terms: their changes show here too.
        HttpContext.TagTypes(Spec.ContentType, "Entity", "Taxonomy");
        return Page();
    }

    /// <summary>This directory's address with the current filters and the given changes (null removes a key).</summary>
    public string Link(params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>(Values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value)), StringComparer.Ordinal);
        values.Remove(DirectorySpec.PageKey);
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }

        var query = string.Join("&", Spec.Keys.Append(DirectorySpec.PageKey)
            .Where(k => !string.IsNullOrEmpty(values.GetValueOrDefault(k)))
            .Select(k => $"{k}={Uri.EscapeDataString(values[k]!)}"));
        return query.Length == 0 ? Spec.Path : Spec.Path + "?" + query;
    }

    public string PageLink(int number) => Link((DirectorySpec.PageKey, number == 1 ? null : number.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private void ReadValues()
    {
        foreach (var key in Spec.Keys)
        {
            if (Request.Query[key].ToString().Trim() is { Length: > 0 } value)
            {
                Values[key] = value;
            }
        }

        // Any page number a visitor types is answered: past the last page the list is simply empty.
        PageNumber = int.TryParse(Request.Query[DirectorySpec.PageKey], out var number) ? Math.Clamp(number, 1, MaxPage) : 1;
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        foreach (var filter in Spec.Filters)
        {
            switch (filter)
            {
                case TermFilter term:
                    Choices[term.Key] = [.. (await taxonomies.TermsAsync(term.TaxonomyId, cancellationToken)).Select(t => (t.Id, t.DisplayName(CultureInfo.CurrentUICulture)))];
                    break;
                case OptionFilter option:
                    Choices[option.Key] = await fields.OptionsAsync(option.Part, option.Field, cancellationToken);
                    break;
                case PickedFilter picked when Values.TryGetValue(picked.Key, out var id):
                    var item = await contents.GetAsync(id, VersionOptions.Published, cancellationToken);
                    PickedNames[picked.Key] = item?.DisplayText ?? id;
                    break;
            }
        }
    }
}
