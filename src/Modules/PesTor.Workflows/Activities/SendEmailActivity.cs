using System.Net.Mail;
using System.Text.Json;
using PesTor.Email;
using PesTor.Jobs;
using PesTor.Workflows.Jobs;
using PesTor.Workflows.Services;

namespace PesTor.Workflows.Activities;

/// <summary>
/// E-mail to a role, a user, an address, the item's owner, the owner of a picked item or an address in a field. Rendered
/// now (Liquid), sent by one job per recipient, so a refused message is retried alone and the run never waits on SMTP.
/// </summary>
internal sealed class SendEmailActivity(IJobQueue jobs, RecipientResolver recipients, WorkflowTemplates templates) : WorkflowActivityBase
{
    public override string Type => "SendEmail";

    public override string DisplayName => "Wyślij e-mail";

    public override IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("To", "Odbiorcy", SettingKind.Options, Required: true) { Options = RecipientResolver.Kinds },
        new("Recipient", "Rola, login, adres lub pole", Help: "Np. CityEditor, jan.kowalski@torun.pl albo NeedResponse.Need."),
        new("Subject", "Temat", SettingKind.Template, Required: true),
        new("Body", "Treść", SettingKind.Template, Required: true, Help: "Szablon Liquid: {{ item.title }}, {{ item.Need.Status }}, {{ workflow.name }}."),
    ];

    public override IEnumerable<(string Setting, string Message)> Validate(IReadOnlyDictionary<string, string> settings)
    {
        var to = Setting(settings, "To");
        var recipient = Setting(settings, "Recipient");
        if (to is not null and not RecipientResolver.Owner && recipient is null)
        {
            yield return ("Recipient", "Podaj rolę, login, adres lub pole odbiorców.");
        }

        if (to == RecipientResolver.Address && recipient is not null && !MailAddress.TryCreate(recipient, out _))
        {
            yield return ("Recipient", "To nie jest poprawny adres e-mail.");
        }
    }

    public override async Task<string> ExecuteAsync(ActivityContext context, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var to = await recipients.ResolveAsync(Setting(settings, "To")!, Setting(settings, "Recipient"), context, cancellationToken);
        var subject = await templates.RenderAsync(Setting(settings, "Subject")!, context, cancellationToken);
        var body = await templates.RenderAsync(Setting(settings, "Body")!, context, cancellationToken);
        var addresses = to.Select(r => r.Email).Where(a => a is not null && MailAddress.TryCreate(a, out _)).Select(a => a!)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var address in addresses)
        {
            var message = new EmailMessage(address, subject.ReplaceLineEndings(" "), body);
            await jobs.EnqueueAsync(EmailJobHandler.JobKind, JsonSerializer.Serialize(message), cancellationToken);
        }

        return $"E-mail „{subject}” w kolejce do {addresses.Count} odbiorców";
    }
}
