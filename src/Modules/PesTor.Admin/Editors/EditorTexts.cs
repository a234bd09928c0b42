using Microsoft.Extensions.Localization;
using PesTor.ContentFields;

namespace PesTor.Admin.Editors;

/// <summary>
/// An item's values as label/text lines, read from its editors (so terms and picked items show their names): the preview
/// lists them and the version comparison compares them line by line.
/// </summary>
public sealed class EditorTexts(PartLabels partLabels, IStringLocalizer<AdminText> T)
{
    public IReadOnlyList<ValueLine> Lines(IReadOnlyList<EditorModel> editors)
    {
        var lines = new List<ValueLine>();
        foreach (var editor in editors)
        {
            foreach (var (key, values) in editor.Values.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                var label = key.Length == 0 ? editor.Label
                    : editor.Label == partLabels.Property(key) ? editor.Label
                    : $"{editor.Label} – {partLabels.Property(key)}";
                lines.Add(new ValueLine(editor.Prefix + (key.Length == 0 ? "" : "." + key), label, Text(editor, values), IsHtml(editor, key)));
            }
        }

        return lines;
    }

    private string Text(EditorModel editor, List<string> values)
    {
        var shown = values.Where(v => v.Length > 0).Select(v => editor.Choices.FirstOrDefault(c => c.Value == v)?.Label ?? v).ToList();
        if (editor.Kind == FieldKinds.Boolean)
        {
            return shown.Contains("true") ? T["Tak"] : T["Nie"];
        }

        return string.Join(", ", shown);
    }

    private static bool IsHtml(EditorModel editor, string key) =>
        editor.Kind == FieldKinds.Html || (editor.Kind == ContentParts.PartNames.HtmlBody && key == "Html");
}

/// <summary>One shown value: a stable key (for comparing versions), its label, its text, and whether the text is (sanitized) HTML.</summary>
public sealed record ValueLine(string Key, string Label, string Text, bool IsHtml);
