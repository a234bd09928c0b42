using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using PesTor.ContentFields;
using PesTor.Metadata;
using PesTor.Security;

namespace PesTor.Admin.Pages.Admin.Types;

/// <summary>
/// Adds a field to a type's own part (Orchard's layout: the part named after the type). The definition manager checks
/// the name and kind and stores the new definitions in one write; the editor, the lists and GraphQL pick it up from there.
/// </summary>
[Authorize(Policy = PermissionPolicies.ManageDefinitions)]
public sealed partial class AddFieldModel(IContentDefinitionManager definitions, IStringLocalizer<AdminText> T, ILogger<AddFieldModel> logger) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Podaj nazwę techniczną pola.")]
    public string Name { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Podaj etykietę pola.")]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    public string Kind { get; set; } = FieldKinds.Text;

    [BindProperty]
    public bool IsRequired { get; set; }

    public ContentTypeDefinition Type { get; private set; } = new();

    public ContentPartDefinition? OwnPart { get; private set; }

    public string? Error { get; private set; }

    public bool Added { get; private set; }

    public async Task<IActionResult> OnGetAsync(string type, CancellationToken cancellationToken) =>
        await LoadAsync(type, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string type, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(type, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!FieldKinds.All.Contains(Kind))
        {
            Error = T["Wybierz rodzaj pola z listy."];
            return Page();
        }

        var part = OwnPart ?? new ContentPartDefinition { Name = Type.Name };
        if (part.FindField(Name.Trim()) is not null)
        {
            Error = T["Typ ma już pole o nazwie „{0}”.", Name.Trim()];
            return Page();
        }

        part.Fields.Add(new ContentPartFieldDefinition
        {
            Name = Name.Trim(),
            DisplayName = DisplayName.Trim(),
            FieldKind = Kind,
            Settings = IsRequired ? new System.Text.Json.Nodes.JsonObject { ["Required"] = true } : [],
        });
        if (Type.FindPart(Type.Name) is null)
        {
            Type.Parts.Add(new ContentTypePartDefinition { Name = Type.Name, PartName = Type.Name });
        }

        try
        {
            await definitions.StoreAsync([Type], [part], cancellationToken);
            LogFieldAdded(logger, Name.Trim(), Kind, Type.Name, User.Identity?.Name);
            Added = true;
            OwnPart = part;
        }
        catch (DefinitionException ex)
        {
            Error = T["Nie dodano pola: {0}", ex.Message];
        }

        return Page();
    }

    /// <summary>Works on copies: the cached definitions must not change before the store accepts them.</summary>
    private async Task<bool> LoadAsync(string type, CancellationToken cancellationToken)
    {
        var document = await definitions.GetDocumentAsync(cancellationToken);
        if (document.FindType(type) is not { } found)
        {
            return false;
        }

        Type = Clone(found);
        OwnPart = document.FindPart(type) is { } own ? Clone(own) : null;
        return true;
    }

    private static T Clone<T>(T value) =>
        System.Text.Json.JsonSerializer.Deserialize<T>(System.Text.Json.JsonSerializer.Serialize(value))!;

    [LoggerMessage(Level = LogLevel.Information, Message = "Field {Field} ({Kind}) added to type {Type} by {User}")]
    private static partial void LogFieldAdded(ILogger logger, string field, string kind, string type, string? user);
}
