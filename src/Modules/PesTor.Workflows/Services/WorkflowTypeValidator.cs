using System.Globalization;
using System.Text.RegularExpressions;
using PesTor.Metadata;
using PesTor.Workflows.Activities;
using PesTor.Workflows.Models;

namespace PesTor.Workflows.Services;

/// <summary>
/// Checks a workflow type before it is stored (admin editor and recipe step alike). Errors are keyed by the JSON path of
/// the value at fault (<c>Trigger.Conditions[0].Field</c>, <c>Activities[1].Settings.Url</c>), messages in Polish.
/// </summary>
public sealed partial class WorkflowTypeValidator(IEnumerable<IWorkflowActivity> activities, IContentDefinitionManager definitions)
{
    private static readonly string[] Columns = ["DisplayText", "Owner", "ContentType"];

    public IReadOnlyList<IWorkflowActivity> Activities { get; } = activities.OrderBy(a => a.DisplayName, StringComparer.CurrentCulture).ToList();

    public async Task<IReadOnlyList<(string Path, string Message)>> ValidateAsync(WorkflowType type, CancellationToken cancellationToken)
    {
        var errors = new List<(string, string)>();
        if (!IdPattern().IsMatch(type.Id ?? ""))
        {
            errors.Add(("Id", "Identyfikator: od 1 do 64 małych liter, cyfr i myślników."));
        }

        if (string.IsNullOrWhiteSpace(type.Name) || type.Name.Length > 200)
        {
            errors.Add(("Name", "Podaj nazwę przepływu (najwyżej 200 znaków)."));
        }

        var document = await definitions.GetDocumentAsync(cancellationToken);
        ValidateTrigger(type.Trigger, document, errors);

        if (type.Activities.Count == 0)
        {
            errors.Add(("Activities", "Dodaj co najmniej jedną czynność."));
        }

        for (var i = 0; i < type.Activities.Count; i++)
        {
            ValidateActivity(type.Activities[i], $"Activities[{i}]", errors);
        }

        return errors;
    }

    private static void ValidateTrigger(WorkflowTrigger trigger, ContentDefinitionDocument document, List<(string, string)> errors)
    {
        if (trigger.Events.Count == 0)
        {
            errors.Add(("Trigger.Events", "Wybierz zdarzenie, które uruchamia przepływ."));
        }

        foreach (var unknown in trigger.Events.Where(e => !WorkflowEvents.All.Contains(e)))
        {
            errors.Add(("Trigger.Events", $"Nieznane zdarzenie: {unknown}."));
        }

        if (trigger.Events.Contains(WorkflowEvents.Schedule))
        {
            if (trigger.Events.Count > 1)
            {
                errors.Add(("Trigger.Events", "Harmonogramu nie łączy się ze zdarzeniami treści."));
            }

            if (trigger.Schedule is null || !TimeOnly.TryParseExact(trigger.Schedule.Time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors.Add(("Trigger.Schedule.Time", "Podaj godzinę uruchomienia w postaci GG:MM (UTC)."));
            }
        }

        foreach (var type in trigger.ContentTypes.Where(t => document.FindType(t) is null))
        {
            errors.Add(("Trigger.ContentTypes", $"Nie ma typu treści {type}."));
        }

        for (var i = 0; i < trigger.Conditions.Count; i++)
        {
            var condition = trigger.Conditions[i];
            var path = $"Trigger.Conditions[{i}]";
            if (!Columns.Contains(condition.Field) && condition.Field.Split('.') is not [{ Length: > 0 } part, { Length: > 0 } field])
            {
                errors.Add(($"{path}.Field", "Podaj pole w postaci Część.Pole (np. Need.RequesterType) albo DisplayText, Owner, ContentType."));
            }
            else if (condition.Field.Split('.') is [var partName, var fieldName] && document.FindPart(partName) is { Fields.Count: > 0 } partDefinition
                && partDefinition.FindField(fieldName) is null)
            {
                errors.Add(($"{path}.Field", $"Część {partName} nie ma pola {fieldName}."));
            }

            if (condition.Operator is not (ConditionOperator.Empty or ConditionOperator.NotEmpty) && string.IsNullOrWhiteSpace(condition.Value))
            {
                errors.Add(($"{path}.Value", "Podaj wartość warunku."));
            }
        }
    }

    private void ValidateActivity(WorkflowActivity step, string path, List<(string, string)> errors)
    {
        var activity = Activities.FirstOrDefault(a => a.Type == step.Type);
        if (activity is null)
        {
            errors.Add(($"{path}.Type", $"Nieznana czynność: {step.Type}."));
            return;
        }

        foreach (var setting in activity.Settings)
        {
            var value = step.Settings.TryGetValue(setting.Name, out var v) ? v?.Trim() : null;
            var settingPath = $"{path}.Settings.{setting.Name}";
            if (string.IsNullOrEmpty(value))
            {
                if (setting.Required)
                {
                    errors.Add((settingPath, $"Pole „{setting.Label}” jest wymagane."));
                }

                continue;
            }

            if (value.Length > 4000)
            {
                errors.Add((settingPath, $"Pole „{setting.Label}” może mieć najwyżej 4000 znaków."));
            }
            else if (setting.Kind == SettingKind.Template && WorkflowTemplates.Check(value) is { } problem)
            {
                errors.Add((settingPath, $"Szablon nie jest poprawny: {problem}"));
            }
            else if (setting.Kind == SettingKind.Options && !setting.Options.Any(o => o.Value == value))
            {
                errors.Add((settingPath, $"Wybierz jedną z wartości pola „{setting.Label}”."));
            }
        }

        foreach (var unknown in step.Settings.Keys.Where(k => activity.Settings.All(s => s.Name != k)))
        {
            errors.Add(($"{path}.Settings.{unknown}", $"Czynność {activity.DisplayName} nie ma ustawienia {unknown}."));
        }

        errors.AddRange(activity.Validate(step.Settings).Select(e => ($"{path}.Settings.{e.Setting}", e.Message)));
    }

    [GeneratedRegex("^[a-z0-9-]{1,64}$")]
    private static partial Regex IdPattern();
}
