using System.Globalization;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Metadata;

namespace PesTor.Workflows.Activities;

/// <summary>
/// Sets a Text, Numeric or Boolean field of the item (a status, a flag). The change is a new version through the content
/// manager, published again when the item was published, so validation and events apply as for any edit.
/// </summary>
internal sealed class SetFieldActivity(IContentManager contents, IContentDefinitionManager definitions) : WorkflowActivityBase
{
    public override string Type => "SetField";

    public override string DisplayName => "Ustaw wartość pola";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("Field", "Pole (Część.Pole)", Required: true, Help: "Np. Need.Status. Pola tekstowe, liczbowe i logiczne."),
        new("Value", "Wartość"),
    ];

    public override IEnumerable<(string Setting, string Message)> Validate(IReadOnlyDictionary<string, string> settings)
    {
        if (Setting(settings, "Field") is { } field && field.Split('.') is not [{ Length: > 0 }, { Length: > 0 }])
        {
            yield return ("Field", "Podaj pole w postaci Część.Pole, np. Need.Status.");
        }
    }

    public override async Task<string> ExecuteAsync(ActivityContext context, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var item = context.RequireItem(DisplayName);
        var path = Setting(settings, "Field")!.Split('.');
        var value = Setting(settings, "Value");
        var document = await definitions.GetDocumentAsync(cancellationToken);
        var kind = document.FindPart(path[0])?.FindField(path[1])?.FieldKind
            ?? throw new InvalidOperationException($"{item.ContentType} has no field {path[0]}.{path[1]}.");

        var draft = await contents.GetAsync(item.ContentItemId, VersionOptions.DraftRequired, cancellationToken)
            ?? throw new InvalidOperationException($"Item {item.ContentItemId} no longer exists.");
        var wasPublished = (await contents.GetAsync(item.ContentItemId, VersionOptions.Published, cancellationToken)) is not null;
        switch (kind)
        {
            case FieldKinds.Text:
                draft.ApplyField(path[0], path[1], new TextField { Text = value });
                break;
            case FieldKinds.Numeric:
                draft.ApplyField(path[0], path[1], new NumericField { Value = value is null ? null : decimal.Parse(value, CultureInfo.InvariantCulture) });
                break;
            case FieldKinds.Boolean:
                draft.ApplyField(path[0], path[1], new BooleanField { Value = bool.TryParse(value, out var flag) && flag });
                break;
            default:
                throw new InvalidOperationException($"{path[0]}.{path[1]} is a {kind}; a workflow sets only text, numeric and boolean fields.");
        }

        await contents.UpdateAsync(draft, cancellationToken);
        if (wasPublished)
        {
            await contents.PublishAsync(draft, cancellationToken);
        }

        context.Item = draft;
        return $"{draft.DisplayText}: {path[0]}.{path[1]} = {value}";
    }
}
