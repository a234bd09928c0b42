using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Email;
using PesTor.Tests.Integration.Admin;
using PesTor.Tests.Integration.Infrastructure;
using static PesTor.Tests.Integration.Accounts.AccountPages;

namespace PesTor.Tests.Integration.Email;

/// <summary>The admin's SMTP settings page (ManageSettings): field errors, the password kept encrypted, a test message through the saved server.</summary>
public abstract class SmtpSettingsPageTests<TSite>(TSite site) : IAsyncLifetime where TSite : TestSite
{
    private const string Url = "/admin/ustawienia/poczta";

    public async Task InitializeAsync() => await AdminAccounts.EnsureAsync(site);

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Saved_settings_are_used_for_the_test_message_and_an_empty_password_keeps_the_stored_one()
    {
        using var other = SmtpListener.Start();
        var admin = await site.ClientAsync("admin", TestSite.AdminPassword);
        try
        {
            var page = await AdminForms.GetPageAsync(admin, Url);
            Assert.Contains($"value=\"{site.Mail.Port}\"", page, StringComparison.Ordinal);

            var invalid = await AdminForms.PostAsync(admin, Url, page,
                [new("Input.Host", ""), new("Input.Port", "99999"), new("Input.TlsMode", "None"), new("Input.Sender", "nie adres")]);
            Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
            var body = await BodyAsync(invalid);
            Assert.Contains("id=\"Host-error\">Podaj adres serwera SMTP.", body, StringComparison.Ordinal);
            Assert.Contains("id=\"Port-error\">Port to liczba od 1 do 65535", body, StringComparison.Ordinal);
            Assert.Contains("id=\"Sender-error\">Nadawca musi być adresem e-mail", body, StringComparison.Ordinal);
            Assert.Equal(site.Mail.Port, (await StoredAsync()).Port);

            var saved = await AdminForms.PostAsync(admin, Url, page,
            [
                new("Input.Host", other.Host), new("Input.Port", other.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Input.TlsMode", "None"), new("Input.UserName", "serwis"), new("Input.Password", "Tajne-Haslo-1"),
                new("Input.Sender", "Urząd Miasta <poczta@torun.pl>"),
            ]);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var document = await site.RunAsSystemAsync(s => s.GetRequiredService<PesTor.Data.IDocumentStore>().LoadAsync("SiteSettings"));
            Assert.DoesNotContain("Tajne-Haslo-1", document!.ToJsonString(), StringComparison.Ordinal);
            Assert.Equal("Tajne-Haslo-1", (await StoredAsync()).Password);

            page = await AdminForms.GetPageAsync(admin, Url);
            Assert.DoesNotContain("Tajne-Haslo-1", page, StringComparison.Ordinal);
            Assert.Contains("Hasło jest zapisane (zaszyfrowane).", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
            // The listener takes no sign-in: the account goes, the password stays stored because its field is left empty.
            Assert.Equal(HttpStatusCode.Redirect, (await AdminForms.PostAsync(admin, Url, page,
            [
                new("Input.Host", other.Host), new("Input.Port", other.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Input.TlsMode", "None"), new("Input.UserName", ""), new("Input.Password", ""), new("Input.Sender", "Urząd Miasta <poczta@torun.pl>"),
            ])).StatusCode);
            var kept = await StoredAsync();
            Assert.Equal(("Tajne-Haslo-1", (string?)null, other.Port), (kept.Password, kept.UserName, kept.Port));

            page = await AdminForms.GetPageAsync(admin, Url);
            var badAddress = await AdminForms.PostAsync(admin, Url + "?handler=Test", page, [new("TestTo", "nie-adres")]);
            Assert.Contains("Podaj adres e-mail, na który wysłać wiadomość próbną.", await BodyAsync(badAddress), StringComparison.Ordinal);
            var sent = await AdminForms.PostAsync(admin, Url + "?handler=Test", page, [new("TestTo", "sprawdzenie@torun.pl")]);
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            var message = await other.WaitForMessageAsync("sprawdzenie@torun.pl");
            Assert.Equal("poczta@torun.pl", message.From.Mailboxes.Single().Address);
            Assert.Equal("PES-TOR: wiadomość próbna", message.Subject);
            Assert.DoesNotContain(site.Mail.Messages, m => m.To.Mailboxes.Any(a => a.Address == "sprawdzenie@torun.pl"));
            Assert.Contains("Wysłano wiadomość próbną na adres sprawdzenie@torun.pl.", await BodyAsync(await admin.GetAsync(sent.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        }
        finally
        {
            // Without a host the site settings give way to configuration (the fixture's listener) again.
            await site.RunAsSystemAsync(s => s.GetRequiredService<ISmtpSettingsStore>().SaveAsync(new SmtpSettings { Host = "" }));
        }
    }

    [Fact]
    public async Task Only_setting_managers_reach_the_page_and_a_post_needs_the_antiforgery_token()
    {
        var editor = await site.ClientAsync(AdminAccounts.CityEditor, AdminAccounts.Password);
        var response = await editor.GetAsync(Url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/odmowa-dostepu", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var admin = await site.ClientAsync("admin", TestSite.AdminPassword);
        var forged = await admin.PostAsync(Url, new FormUrlEncodedContent([new KeyValuePair<string, string>("Input.Host", "smtp.zly.example")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.NotEqual("smtp.zly.example", (await StoredAsync()).Host);
    }

    private Task<SmtpSettings> StoredAsync() => site.RunAsSystemAsync(s => s.GetRequiredService<ISmtpSettingsStore>().GetAsync());
}

public sealed class SqliteSmtpSettingsPageTests(SqliteTorunSite site) : SmtpSettingsPageTests<SqliteTorunSite>(site), IClassFixture<SqliteTorunSite>;

public sealed class PostgresSmtpSettingsPageTests(PostgresTorunSite site) : SmtpSettingsPageTests<PostgresTorunSite>(site), IClassFixture<PostgresTorunSite>;
