using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Data;
using PesTor.Metadata;
using PesTor.Security;
using PesTor.Workflows.Activities;
using PesTor.Workflows.Models;
using PesTor.Workflows.Services;

namespace PesTor.Workflows.Pages.Admin;

/// <summary>
/// The workflow editor: trigger, conditions and ordered activities with their settings. It works without JavaScript:
/// adding, removing and moving an activity posts the form and shows it again, nothing stored until "Zapisz".
/// </summary>
[Authorize(Policy = PermissionPolicies.Prefix + WorkflowEvents.ManageWorkflowsPermission)]
public sealed class EditWorkflowModel(WorkflowTypeStore store, WorkflowTypeValidator validator, IContentDefinitionManager definitions, IUnitOfWork unitOfWork) : PageModel
{
    [BindProperty]
    public WorkflowInput Input { get; set; } = new();

    /// <summary>Whether the workflow is stored already (its id can no longer change).</summary>
    public bool Exists { get; private set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<IWorkflowActivity> Activities => validator.Activities;

    public IReadOnlyList<(string Name, string DisplayName)> ContentTypes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            var type = await store.GetAsync(id, cancellationToken);
            if (type is null)
            {
                return NotFound();
            }

            Input = WorkflowInput.From(type);
            Exists = true;
        }

        await LoadTypesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string? id, CancellationToken cancellationToken)
    {
        Exists = id is not null;
        var existing = id is null ? null : await store.GetAsync(id, cancellationToken);
        if (Exists && existing is null)
        {
            return NotFound();
        }

        if (existing is not null)
        {
            Input.Id = existing.Id;
            KeepSecrets(existing);
        }

        var type = Input.ToType();
        var errors = (await validator.ValidateAsync(type, cancellationToken)).ToList();
        if (!Exists && await store.GetAsync(type.Id, cancellationToken) is not null)
        {
            errors.Add(("Id", "Przepływ o tym identyfikatorze już istnieje."));
        }

        if (errors.Count > 0)
        {
            Errors = errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Message)));
            await LoadTypesAsync(cancellationToken);
            return Page();
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await store.SaveAsync(type, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Message"] = $"Zapisano przepływ „{type.Name}”.";
        return Redirect("/admin/przeplywy");
    }

    public Task<IActionResult> OnPostAddActivityAsync(string? id, CancellationToken cancellationToken)
    {
        if (Activities.FirstOrDefault(a => a.Type == Input.NewActivityType) is { } activity)
        {
            Input.Activities.Add(new ActivityInput { Type = activity.Type });
        }

        return RedisplayAsync(id, cancellationToken);
    }

    public Task<IActionResult> OnPostRemoveActivityAsync(string? id, int index, CancellationToken cancellationToken)
    {
        if (index >= 0 && index < Input.Activities.Count)
        {
            Input.Activities.RemoveAt(index);
        }

        return RedisplayAsync(id, cancellationToken);
    }

    public Task<IActionResult> OnPostMoveUpAsync(string? id, int index, CancellationToken cancellationToken)
    {
        if (index > 0 && index < Input.Activities.Count)
        {
            (Input.Activities[index - 1], Input.Activities[index]) = (Input.Activities[index], Input.Activities[index - 1]);
        }

        return RedisplayAsync(id, cancellationToken);
    }

    public string? Error(string path) => Errors.TryGetValue(path, out var message) ? message : null;

    public static string FieldId(string path) => "f-" + new string(path.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());

    private async Task<IActionResult> RedisplayAsync(string? id, CancellationToken cancellationToken)
    {
        Exists = id is not null;
        ModelState.Clear();
        await LoadTypesAsync(cancellationToken);
        return Page();
    }

    // Secrets are never sent back to the browser; a blank secret keeps the stored one of the same activity.
    private void KeepSecrets(WorkflowType existing)
    {
        for (var i = 0; i < Input.Activities.Count && i < existing.Activities.Count; i++)
        {
            var posted = Input.Activities[i];
            var stored = existing.Activities[i];
            var activity = Activities.FirstOrDefault(a => a.Type == posted.Type);
            if (activity is null || stored.Type != posted.Type)
            {
                continue;
            }

            foreach (var secret in activity.Settings.Where(s => s.Kind == SettingKind.Secret))
            {
                if ((!posted.Settings.TryGetValue(secret.Name, out var value) || string.IsNullOrWhiteSpace(value)) && stored.Settings.TryGetValue(secret.Name, out var kept))
                {
                    posted.Settings[secret.Name] = kept;
                }
            }
        }
    }

    private async Task LoadTypesAsync(CancellationToken cancellationToken)
    {
        var document = await definitions.GetDocumentAsync(cancellationToken);
        ContentTypes = document.ContentTypes.Where(t => t.Settings.Stereotype is null).OrderBy(t => t.DisplayName, StringComparer.CurrentCulture)
            .Select(t => (t.Name, t.DisplayName)).ToList();
    }
}
