using System.Text.RegularExpressions;
using PesTor.ContentParts;
using PesTor.Contents.Fields;
using PesTor.Contents.Validation;
using PesTor.Indexing;

namespace PesTor.Contents.Parts;

/// <summary>An entity's or support point's public contact data: phone, e-mail, website.</summary>
public sealed partial class ContactPartHandler : IContentPartHandler
{
    public string PartName => PartNames.Contact;

    public IReadOnlyDictionary<string, IndexKind> IndexedProperties { get; } = new Dictionary<string, IndexKind>
    {
        ["Phone"] = IndexKind.Text,
        ["Email"] = IndexKind.Text,
        ["Website"] = IndexKind.Text,
    };

    public ValueTask PrepareAsync(PartContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<ContactPart>() is { } contact)
        {
            contact.Phone = Trimmed(contact.Phone);
            contact.Email = Trimmed(contact.Email);
            contact.Website = Trimmed(contact.Website);
            context.Replace(contact);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ValidateAsync(PartContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<ContactPart>() is not { } contact)
        {
            return ValueTask.CompletedTask;
        }

        if (contact.Phone is { Length: > 0 } phone && !Phone().IsMatch(phone))
        {
            context.Fail(nameof(ContactPart.Phone), "A phone number may contain only digits, spaces, '+', '-' and parentheses, like 56 654 92 79.");
        }

        if (contact.Email is { Length: > 0 } email && !WebAddresses.IsValidEmail(email))
        {
            context.Fail(nameof(ContactPart.Email), ValidationMessages.Email);
        }

        if (contact.Website is { Length: > 0 } website && !WebAddresses.IsAbsoluteWebUrl(website))
        {
            context.Fail(nameof(ContactPart.Website), ValidationMessages.WebUrl);
        }

        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexRow> Index(PartContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<ContactPart>() is not { } contact)
        {
            return [];
        }

        return IndexRows.Text(context.Name, nameof(ContactPart.Phone), contact.Phone)
            .Concat(IndexRows.Text(context.Name, nameof(ContactPart.Email), contact.Email))
            .Concat(IndexRows.Text(context.Name, nameof(ContactPart.Website), contact.Website));
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // At least one digit, so "()" or "+" alone is not a number.
    [GeneratedRegex(@"\A(?=.*[0-9])[0-9 +\-()]+\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Phone();
}
