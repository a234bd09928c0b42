using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Queries;
using PesTor.Security;

namespace PesTor.Users.Services;

/// <summary>
/// "Moje konto": a PES representative keeps their entity's profile, offers, equipment and needs; a resident submits needs.
/// Every read and write goes through the content manager and query as the signed-in caller, so the roles' Own permissions
/// decide (a resident's need stays a draft until a CityEditor publishes it: residents hold no PublishOwn_Need; a
/// representative's entity changes wait the same way).
/// </summary>
public sealed partial class MyContent(
    IContentManager contents,
    IContentQueryService queries,
    IContentAuthorizer authorizer,
    ICallerAccessor callers,
    IStringLocalizer<AccountTexts> T,
    ILogger<MyContent> logger)
{
    public const string Entity = "Entity";
    public const string Offer = "Offer";
    public const string Equipment = "Equipment";
    public const string Need = "Need";

    public const string NeedResponse = "NeedResponse";
    public const string LoanRequest = "LoanRequest";

    public sealed record Row(ContentItem Item, bool HasPublished, bool CanPublish);

    /// <summary>An item addressed to the caller: a response to their need, a loan request for their equipment.</summary>
    public sealed record AddressedRow(ContentItem Item, string? Subject, string? Text, string? Status);

    private ClaimsPrincipal Caller => callers.Caller;

    public IReadOnlyList<string> RepresentedEntityIds => [.. Caller.FindAll(PesTorClaimTypes.RepresentedEntity).Select(c => c.Value)];

    /// <summary>The types this caller creates from the account area.</summary>
    public IReadOnlyList<string> CreatableTypes =>
        Caller.IsInRole(RoleNames.PesRepresentative) ? [Offer, Equipment, Need] : Caller.IsInRole(RoleNames.Resident) ? [Need] : [];

    public async Task<IReadOnlyList<Row>> ListAsync(CancellationToken cancellationToken)
    {
        var own = (await queries.ListAsync(new ContentQuery
        {
            ContentTypes = CreatableTypes,
            Status = ContentStatus.Latest,
            OrderBy = [ContentOrder.By(ContentColumn.ModifiedUtc, descending: true)],
            Take = 200,
        }, cancellationToken: cancellationToken)).Items;
        var entities = await contents.GetManyAsync(RepresentedEntityIds, VersionOptions.Latest, cancellationToken);
        var items = entities.Concat(own.Where(i => entities.All(e => e.ContentItemId != i.ContentItemId))).ToList();
        var published = (await contents.GetManyAsync(items.Select(i => i.ContentItemId), VersionOptions.Published, cancellationToken))
            .Select(i => i.ContentItemId).ToHashSet(StringComparer.Ordinal);
        var rows = new List<Row>();
        foreach (var item in items)
        {
            rows.Add(new Row(item, published.Contains(item.ContentItemId), await authorizer.IsAllowedAsync(Caller, ContentAction.Publish, item, cancellationToken)));
        }

        return rows;
    }

    /// <summary>
    /// Responses to the caller's needs and loan requests for the equipment they own (themselves or through their entity):
    /// the content query shows them to the other party (IContentOtherParty); the caller's own items are listed above.
    /// </summary>
    public async Task<IReadOnlyList<AddressedRow>> AddressedToMeAsync(IReadOnlyList<string> existingTypes, CancellationToken cancellationToken)
    {
        var types = new[] { NeedResponse, LoanRequest }.Where(existingTypes.Contains).ToList();
        var me = Caller.FindFirstValue(ClaimTypes.NameIdentifier);
        if (types.Count == 0 || me is null)
        {
            return [];
        }

        var items = (await queries.ListAsync(new ContentQuery
        {
            ContentTypes = types,
            Where = ContentFilter.Not(ContentFilter.ByColumn(ContentColumn.Owner, FilterOperator.Eq, me)),
            OrderBy = [ContentOrder.By(ContentColumn.PublishedUtc, descending: true)],
            Take = 200,
        }, cancellationToken: cancellationToken)).Items;
        var subjects = (await contents.GetManyAsync(items.Select(i => Picked(i)).OfType<string>().Distinct(), VersionOptions.Latest, cancellationToken))
            .ToDictionary(i => i.ContentItemId, i => i.DisplayText, StringComparer.Ordinal);
        return [.. items.Select(i => new AddressedRow(
            i,
            Picked(i) is { } id && subjects.TryGetValue(id, out var subject) ? subject : null,
            i.GetField<TextField>(i.ContentType, i.ContentType == NeedResponse ? "Message" : "Purpose")?.Text,
            i.GetField<TextField>(i.ContentType, "Status")?.Text))];

        static string? Picked(ContentItem item) =>
            item.GetField<ContentPickerField>(item.ContentType, item.ContentType == NeedResponse ? "Need" : "Equipment")?.ContentItemIds.FirstOrDefault();
    }

    /// <summary>The latest version of an item the caller may edit, or null (missing, or someone else's).</summary>
    public async Task<ContentItem?> GetEditableAsync(string id, CancellationToken cancellationToken)
    {
        var item = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
        return item is not null && item.ContentType is Entity or Offer or Equipment or Need
            && await authorizer.IsAllowedAsync(Caller, ContentAction.Edit, item, cancellationToken) ? item : null;
    }

    public Task<bool> CanPublishAsync(ContentItem item, CancellationToken cancellationToken) =>
        authorizer.IsAllowedAsync(Caller, ContentAction.Publish, item, cancellationToken);

    public static MyItemForm ToForm(ContentItem item)
    {
        var form = new MyItemForm { Title = item.As<TitlePart>()?.Title, Description = item.As<HtmlBodyPart>()?.Html };
        string? Text(string field) => item.GetField<TextField>(item.ContentType, field)?.Text;
        string? Number(string field) => item.GetField<NumericField>(item.ContentType, field)?.Value?.ToString(CultureInfo.InvariantCulture);
        string? Picked(string field) => item.GetField<ContentPickerField>(item.ContentType, field)?.ContentItemIds.FirstOrDefault();
        switch (item.ContentType)
        {
            case Entity:
                var address = item.As<AddressPart>();
                var contact = item.As<ContactPart>();
                (form.Street, form.PostalCode, form.City) = (address?.Street, address?.PostalCode, address?.City);
                (form.Phone, form.Email, form.Website) = (contact?.Phone, contact?.Email, contact?.Website);
                (form.Krs, form.Nip, form.Regon) = (Text("Krs"), Text("Nip"), Text("Regon"));
                break;
            case Offer:
                (form.EntityId, form.Kind, form.Price, form.PriceNote) = (Picked("Entity"), Text("Kind"), Number("PriceFrom"), Text("PriceNote"));
                break;
            case Equipment:
                (form.EntityId, form.Quantity, form.Condition, form.Terms, form.Availability) = (Picked("Owner"), Number("Quantity"), Text("Condition"), Text("Terms"), Text("Availability"));
                break;
            case Need:
                (form.Quantity, form.Budget, form.ContactEmail) = (Number("Quantity"), Number("Budget"), Text("ContactEmail"));
                form.NeededBy = item.GetField<DateField>(Need, "NeededBy")?.Value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
        }

        return form;
    }

    /// <summary>Creates (type given) or updates (id given) an item from the form, as a draft or published.</summary>
    public async Task<(FormErrors Errors, ContentItem? Item)> SaveAsync(string? id, string? type, MyItemForm form, bool publish, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        ContentItem item;
        if (id is not null)
        {
            if (await GetEditableAsync(id, cancellationToken) is not { } existing)
            {
                throw new ContentAccessDeniedException($"The caller may not edit {id}.");
            }

            item = await contents.GetAsync(id, VersionOptions.DraftRequired, cancellationToken) ?? existing;
        }
        else if (type is not null && CreatableTypes.Contains(type))
        {
            item = await contents.NewAsync(type, cancellationToken);
        }
        else
        {
            throw new ContentAccessDeniedException($"The caller may not create {type} items here.");
        }

        Apply(item, form, errors);
        if (!errors.IsEmpty)
        {
            return (errors, null);
        }

        try
        {
            if (id is null)
            {
                await contents.CreateAsync(item, publish: false, cancellationToken);
            }
            else
            {
                await contents.UpdateAsync(item, cancellationToken);
            }

            if (publish)
            {
                await contents.PublishAsync(item, cancellationToken);
            }
        }
        catch (ContentValidationException invalid)
        {
            foreach (var error in invalid.Errors)
            {
                errors.Add(FormField(error.Path), error.Message);
            }

            return (errors, null);
        }

        LogSaved(logger, item.ContentType, item.ContentItemId, publish);
        return (errors, item);
    }

    public async Task PublishAsync(string id, bool publish, CancellationToken cancellationToken)
    {
        var item = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken)
            ?? throw new ContentAccessDeniedException($"The caller may not see {id}.");
        if (publish)
        {
            await contents.PublishAsync(item, cancellationToken);
        }
        else
        {
            await contents.UnpublishAsync(item, cancellationToken);
        }
    }

    private void Apply(ContentItem item, MyItemForm form, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(form.Title))
        {
            errors.Add(nameof(form.Title), T["Podaj tytuł."]);
        }

        item.Apply(new TitlePart { Title = form.Title?.Trim() ?? "" });
        item.Apply(new HtmlBodyPart { Html = Paragraphs(form.Description) });
        var type = item.ContentType;
        void Text(string field, string? value) => item.ApplyField(type, field, new TextField { Text = string.IsNullOrWhiteSpace(value) ? null : value.Trim() });
        void Number(string field, string? value, string formField)
        {
            decimal? parsed = null;
            if (!string.IsNullOrWhiteSpace(value))
            {
                // "1 250,50" and "1250.50" alike: spaces are digit groups, a comma or a point the decimal mark.
                var normalized = value.Replace(" ", "").Replace("\u00a0", "").Replace(',', '.');
                if (decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
                {
                    parsed = n;
                }
                else
                {
                    errors.Add(formField, T["Wpisz liczbę."]);
                }
            }

            item.ApplyField(type, field, new NumericField { Value = parsed });
        }

        void Entity(string field)
        {
            if (string.IsNullOrEmpty(form.EntityId) || !RepresentedEntityIds.Contains(form.EntityId))
            {
                errors.Add(nameof(form.EntityId), T["Wybierz swój podmiot (najpierw poproś o jego przypisanie)."]);
                return;
            }

            item.ApplyField(type, field, new ContentPickerField { ContentItemIds = [form.EntityId] });
        }

        switch (type)
        {
            case MyContent.Entity:
                item.Apply(new AddressPart { Street = Clean(form.Street), PostalCode = Clean(form.PostalCode), City = Clean(form.City), District = item.As<AddressPart>()?.District });
                item.Apply(new ContactPart { Phone = Clean(form.Phone), Email = Clean(form.Email), Website = Clean(form.Website) });
                Text("Krs", form.Krs);
                Text("Nip", form.Nip);
                Text("Regon", form.Regon);
                break;
            case Offer:
                Entity("Entity");
                Text("Kind", form.Kind);
                Number("PriceFrom", form.Price, nameof(form.Price));
                Text("PriceNote", form.PriceNote);
                break;
            case Equipment:
                Entity("Owner");
                Number("Quantity", form.Quantity, nameof(form.Quantity));
                Text("Condition", form.Condition);
                Text("Terms", form.Terms);
                Text("Availability", form.Availability);
                break;
            case Need:
                Number("Quantity", form.Quantity, nameof(form.Quantity));
                Number("Budget", form.Budget, nameof(form.Budget));
                Text("ContactEmail", form.ContactEmail);
                Text("RequesterType", Caller.IsInRole(RoleNames.PesRepresentative) ? "pes" : "resident");
                if (item.GetField<TextField>(Need, "Status")?.Text is null)
                {
                    Text("Status", "open");
                }

                if (string.IsNullOrWhiteSpace(form.NeededBy))
                {
                    item.ApplyField(Need, "NeededBy", new DateField());
                }
                else if (DateOnly.TryParseExact(form.NeededBy, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    item.ApplyField(Need, "NeededBy", new DateField { Value = date });
                }
                else
                {
                    errors.Add(nameof(form.NeededBy), T["Podaj datę w postaci RRRR-MM-DD."]);
                }

                break;
        }
    }

    // Plain text from the form becomes paragraphs; the Html field's sanitizer still runs on save.
    private static string? Paragraphs(string? text) => string.IsNullOrWhiteSpace(text) ? null
        : string.Concat(text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"<p>{WebUtility.HtmlEncode(p).Replace("\n", "<br>")}</p>"));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static readonly Dictionary<string, string> FormFields = new(StringComparer.Ordinal)
    {
        ["Title"] = "Title", ["Html"] = "Description", ["PriceFrom"] = "Price", ["PriceNote"] = "PriceNote", ["Quantity"] = "Quantity",
        ["Budget"] = "Budget", ["ContactEmail"] = "ContactEmail", ["NeededBy"] = "NeededBy", ["Street"] = "Street",
        ["PostalCode"] = "PostalCode", ["City"] = "City", ["Phone"] = "Phone", ["Email"] = "Email", ["Website"] = "Website",
        ["Krs"] = "Krs", ["Nip"] = "Nip", ["Regon"] = "Regon", ["Entity"] = "EntityId", ["Owner"] = "EntityId", ["Kind"] = "Kind",
        ["Condition"] = "Condition", ["Terms"] = "Terms", ["Availability"] = "Availability",
    };

    private static string FormField(string path) =>
        path.Split('.').Reverse().Select(s => FormFields.GetValueOrDefault(s)).FirstOrDefault(f => f is not null) ?? "";

    [LoggerMessage(40, LogLevel.Information, "{ContentType} {ContentItemId} saved from the account area (published: {Published})")]
    private static partial void LogSaved(ILogger logger, string contentType, string contentItemId, bool published);
}
