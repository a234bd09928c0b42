using System.Text.Json;
using System.Text.Json.Nodes;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;

namespace PesTor.Theme.Services;

/// <summary>
/// schema.org <c>Organization</c> data for an entity's page (JSON-LD), from its public fields only: name, address,
/// contact, NIP, REGON and KRS. Serialized with the default encoder, which escapes &lt; and &gt;, so the script
/// element cannot be closed from the data.
/// </summary>
public static class OrganizationData
{
    public static string? For(ContentItem item, string url)
    {
        if (item.ContentType != "Entity")
        {
            return null;
        }

        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Organization",
            ["name"] = item.DisplayText,
            ["url"] = url,
        };
        if (item.As<AddressPart>() is { } address)
        {
            data["address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = address.Street,
                ["postalCode"] = address.PostalCode,
                ["addressLocality"] = address.City,
                ["addressCountry"] = "PL",
            };
        }

        if (item.As<ContactPart>() is { } contact)
        {
            Add(data, "telephone", contact.Phone);
            Add(data, "email", contact.Email);
            if (contact.Website is { } website)
            {
                data["sameAs"] = new JsonArray(website);
            }
        }

        Add(data, "taxID", item.GetField<TextField>("Entity", "Nip")?.Text);
        var identifiers = new JsonArray();
        foreach (var (name, field) in new[] { ("REGON", "Regon"), ("KRS", "Krs") })
        {
            if (item.GetField<TextField>("Entity", field)?.Text is { Length: > 0 } value)
            {
                identifiers.Add(new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = name, ["value"] = value });
            }
        }

        if (identifiers.Count > 0)
        {
            data["identifier"] = identifiers;
        }

        return data.ToJsonString(new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
    }

    private static void Add(JsonObject data, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            data[name] = value;
        }
    }
}
