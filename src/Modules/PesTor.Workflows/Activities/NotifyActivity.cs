using PesTor.Notifications;
using PesTor.Workflows.Services;

namespace PesTor.Workflows.Activities;

/// <summary>An in-app notification, shown to each recipient on their notifications page (/powiadomienia).</summary>
internal sealed class NotifyActivity(INotificationStore notifications, RecipientResolver recipients, WorkflowTemplates templates, TimeProvider clock) : WorkflowActivityBase
{
    public override string Type => "Notify";

    public override string DisplayName => "Powiadomienie w serwisie";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("To", "Odbiorcy", SettingKind.Options, Required: true)
        {
            Options = RecipientResolver.Kinds.Where(k => k.Value is not RecipientResolver.Address and not RecipientResolver.FieldAddress).ToList(),
        },
        new("Recipient", "Rola, login lub pole", Help: "Np. CityEditor; dla właściciela elementu wskazanego: NeedResponse.Need."),
        new("Title", "Tytuł", SettingKind.Template, Required: true),
        new("Body", "Treść", SettingKind.Template, Required: true),
        new("Link", "Odnośnik (ścieżka w serwisie)", SettingKind.Template, Help: "Np. /admin/wskazniki."),
    ];

    public override IEnumerable<(string Setting, string Message)> Validate(IReadOnlyDictionary<string, string> settings)
    {
        if (Setting(settings, "To") is RecipientResolver.Role or RecipientResolver.User or RecipientResolver.PickedOwner && Setting(settings, "Recipient") is null)
        {
            yield return ("Recipient", "Podaj rolę, login lub pole odbiorców.");
        }
    }

    public override async Task<string> ExecuteAsync(ActivityContext context, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var to = await recipients.ResolveAsync(Setting(settings, "To")!, Setting(settings, "Recipient"), context, cancellationToken);
        var title = await templates.RenderAsync(Setting(settings, "Title")!, context, cancellationToken);
        var body = await templates.RenderAsync(Setting(settings, "Body")!, context, cancellationToken);
        var link = Setting(settings, "Link") is { } linkTemplate ? await templates.RenderAsync(linkTemplate, context, cancellationToken) : null;

        // Only links inside the site: a notification must not send its reader elsewhere.
        if (link is not null && (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal)))
        {
            link = null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rows = to.Where(r => r.UserId is not null).Select(r => r.UserId!).Distinct()
            .Select(userId => new UserNotification(userId, Clip(title, 200), Clip(body, 4000), link, now)).ToList();
        await notifications.AddAsync(rows, cancellationToken);
        return $"Powiadomienia: {rows.Count}";
    }

    private static string Clip(string text, int length) => text.Length > length ? text[..length] : text;
}
