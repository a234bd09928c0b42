using System.Text.RegularExpressions;
using PesTor.Contents.Fields;
using PesTor.Contents.Parts;
using PesTor.Metadata;

namespace PesTor.Contents.Metadata;

/// <summary>Refuses definitions the engine could not serve: bad names, unknown field kinds, parts that do not exist.</summary>
internal sealed partial class ContentDefinitionValidator(IEnumerable<IContentFieldKind> fieldKinds, IEnumerable<IContentPartHandler> partHandlers)
{
    private readonly HashSet<string> _kinds = [.. fieldKinds.Select(k => k.Name)];
    private readonly HashSet<string> _codeParts = [.. partHandlers.Select(h => h.PartName)];

    public bool IsCodePart(string partName) => _codeParts.Contains(partName);

    public void Validate(ContentDefinitionDocument document)
    {
        foreach (var part in document.ContentParts)
        {
            CheckName(part.Name, "Part", $"ContentParts[{part.Name}].Name");
            foreach (var field in part.Fields)
            {
                CheckName(field.Name, $"Field of part '{part.Name}'", $"ContentParts[{part.Name}].Fields[{field.Name}].Name");
                if (!_kinds.Contains(field.FieldKind))
                {
                    throw new DefinitionException(
                        $"Field '{part.Name}.{field.Name}' has unknown field kind '{field.FieldKind}'. Known kinds: {string.Join(", ", _kinds.Order())}.",
                        $"ContentParts[{part.Name}].Fields[{field.Name}].FieldKind");
                }
            }

            var duplicate = part.Fields.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new DefinitionException($"Part '{part.Name}' defines field '{duplicate.Key}' more than once.", $"ContentParts[{part.Name}].Fields");
            }
        }

        foreach (var type in document.ContentTypes)
        {
            CheckName(type.Name, "Content type", $"ContentTypes[{type.Name}].Name");
            foreach (var typePart in type.Parts)
            {
                CheckName(typePart.Name, $"Part of type '{type.Name}'", $"ContentTypes[{type.Name}].Parts[{typePart.Name}].Name");

                // A type's own part (named after the type) may be implicit when it has no fields.
                var known = IsCodePart(typePart.PartName) || document.FindPart(typePart.PartName) is not null || typePart.PartName == type.Name;
                if (!known)
                {
                    throw new DefinitionException(
                        $"Type '{type.Name}' uses part '{typePart.PartName}', which is not defined.", $"ContentTypes[{type.Name}].Parts[{typePart.Name}].PartName");
                }
            }
        }
    }

    private static void CheckName(string name, string what, string path)
    {
        if (!NamePattern().IsMatch(name))
        {
            throw new DefinitionException($"{what} name '{name}' is not valid: use letters and digits, starting with a letter.", path);
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,99}$")]
    private static partial Regex NamePattern();
}
