using Microsoft.Extensions.DependencyInjection;
using PesTor.Email;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Email;

public abstract class EmailSenderTests<TSite>(TSite site) : SiteTest<TSite>(site) where TSite : TestSite
{
    [Fact]
    public async Task A_message_arrives_at_the_SMTP_server_with_its_subject_bodies_and_sender()
    {
        await Site.RunAsSystemAsync(s => s.GetRequiredService<IEmailSender>().SendAsync(
            new EmailMessage("jan.kowalski@example.org", "Potwierdź adres e-mail", "Dzień dobry, kliknij łącze.")
            {
                HtmlBody = "<p>Dzień dobry, <a href=\"https://example.org/x\">kliknij łącze</a>.</p>",
                ReplyTo = "biuro@example.org",
            }));

        var message = await Site.Mail.WaitForMessageAsync("jan.kowalski@example.org");
        Assert.Equal("Potwierdź adres e-mail", message.Subject);
        Assert.Equal("Dzień dobry, kliknij łącze.", message.TextBody?.Trim());
        Assert.Contains("<a href=\"https://example.org/x\">", message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("noreply@pestor.test", message.From.Mailboxes.Single().Address);
        Assert.Equal("biuro@example.org", message.ReplyTo.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Site_settings_take_precedence_over_configuration_and_keep_the_password_encrypted()
    {
        var unreachable = new SmtpSettings { Host = "127.0.0.1", Port = FreePort(), TlsMode = SmtpTlsMode.None, Sender = "city@example.org", UserName = "mailer", Password = "s3cret-pass" };
        try
        {
            await Site.RunAsSystemAsync(s => s.GetRequiredService<ISmtpSettingsStore>().SaveAsync(unreachable));

            var stored = await Site.RunAsSystemAsync(s => s.GetRequiredService<PesTor.Data.IDocumentStore>().LoadAsync("SiteSettings"));
            Assert.DoesNotContain("s3cret-pass", stored!.ToJsonString(), StringComparison.Ordinal);
            var read = await Site.RunAsSystemAsync(s => s.GetRequiredService<ISmtpSettingsStore>().GetAsync());
            Assert.Equal(("s3cret-pass", unreachable.Port, "city@example.org"), (read.Password, read.Port, read.Sender));

            // Nothing listens on that port: the failure reaches the caller and the log, naming the server and the recipient.
            var failure = await Assert.ThrowsAsync<EmailDeliveryException>(() => Site.RunAsSystemAsync(s =>
                s.GetRequiredService<IEmailSender>().SendAsync(new EmailMessage("anna@example.org", "Test", "Treść"))));
            Assert.Contains($"127.0.0.1:{unreachable.Port}", failure.Message, StringComparison.Ordinal);
            var logged = Assert.Single(Site.Log.Issues);
            Assert.Contains("anna@example.org", logged, StringComparison.Ordinal);
            Site.Log.Forget("could not be sent");
        }
        finally
        {
            // Without a host the site settings give way to configuration (the test's listener) again.
            await Site.RunAsSystemAsync(s => s.GetRequiredService<ISmtpSettingsStore>().SaveAsync(new SmtpSettings()));
        }

        await Site.RunAsSystemAsync(s => s.GetRequiredService<IEmailSender>().SendAsync(new EmailMessage("back@example.org", "Znowu", "Działa")));
        await Site.Mail.WaitForMessageAsync("back@example.org");
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

public sealed class SqliteEmailSenderTests(SqliteSite site) : EmailSenderTests<SqliteSite>(site), IClassFixture<SqliteSite>;

public sealed class PostgresEmailSenderTests(PostgresSite site) : EmailSenderTests<PostgresSite>(site), IClassFixture<PostgresSite>;
