using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PesTor.Tests.Integration.Infrastructure;
using PesTor.Users;
using static PesTor.Tests.Integration.Accounts.AccountPages;

namespace PesTor.Tests.Integration.Accounts;

/// <summary>Registration, verification, sign-in with lockout, reset and change of password, through the public pages and real SMTP.</summary>
public abstract class AccountTests<TSite>(TSite site) : IAsyncLifetime where TSite : TestSite
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Registration_names_every_broken_rule_and_stores_nothing()
    {
        var response = await PostFormAsync(Client(site), "/konto/rejestracja",
            ("Input.UserName", "ab"), ("Input.FullName", " "), ("Input.Email", "not-an-address"),
            ("Input.AccountType", "mayor"), ("Input.Password", "short"), ("Input.PasswordConfirmation", "other"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await BodyAsync(response);
        Assert.Contains("Login musi mieć co najmniej 4 znaki.", html, StringComparison.Ordinal);
        Assert.Contains("Podaj imię i nazwisko.", html, StringComparison.Ordinal);
        Assert.Contains("Podaj poprawny adres e-mail.", html, StringComparison.Ordinal);
        Assert.Contains("Wybierz rodzaj konta.", html, StringComparison.Ordinal);
        Assert.Contains("Hasło musi mieć co najmniej 7 znaków.", html, StringComparison.Ordinal);
        Assert.Contains("Hasła nie są takie same.", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);

        var empty = await BodyAsync(await PostFormAsync(Client(site), "/konto/rejestracja"));
        Assert.Contains("Login musi mieć co najmniej 4 znaki.", empty, StringComparison.Ordinal);
        Assert.Contains("Podaj adres e-mail.", empty, StringComparison.Ordinal);

        var bad = await RegisterAsync(Client(site), "jan kowalski!", "resident");
        Assert.Contains("Login może zawierać tylko litery, cyfry, - i _.", await BodyAsync(bad), StringComparison.Ordinal);
        await site.RunAsSystemAsync(async s => Assert.Null(await s.GetRequiredService<UserManager<PesTorUser>>().FindByEmailAsync("not-an-address")));
    }

    [Fact]
    public async Task Identity_rules_and_taken_logins_come_back_as_field_messages()
    {
        var login = NewLogin("zajety");
        Assert.Equal(HttpStatusCode.Redirect, (await RegisterAsync(Client(site), login, "resident")).StatusCode);

        var taken = await RegisterAsync(Client(site), login, "resident", email: NewLogin("inny") + "@example.org");
        Assert.Contains("Ten login jest już zajęty.", await BodyAsync(taken), StringComparison.Ordinal);

        var weak = await RegisterAsync(Client(site), NewLogin("slabe"), "resident", password: "abcdefgh");
        var html = await BodyAsync(weak);
        Assert.Contains("Hasło musi zawierać cyfrę.", html, StringComparison.Ordinal);
        Assert.Contains("Hasło musi zawierać wielką literę.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_representative_verifies_the_address_from_the_email_before_signing_in_and_gets_the_role()
    {
        var login = NewLogin("pes");
        var client = Client(site);
        var registered = await RegisterAsync(client, login, "pes");
        Assert.Equal("/konto/sprawdz-poczte", registered.Headers.Location!.OriginalString);

        var early = await SignInAsync(client, login);
        Assert.Contains("Najpierw potwierdź adres e-mail", await BodyAsync(early), StringComparison.Ordinal);

        var mail = await site.Mail.WaitForMessageAsync(login + "@example.org");
        Assert.Equal("Potwierdź adres e-mail w PES-TOR", mail.Subject);
        var link = new Uri(SmtpListener.LinkIn(mail, "http://localhost/konto/potwierdz-email"));

        var forged = await client.GetAsync(link.AbsolutePath + "?uzytkownik=" + Uri.EscapeDataString(link.Query.Split('&')[0].Split('=')[1]) + "&kod=AAAA");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var confirmed = await client.GetAsync(link.PathAndQuery);
        Assert.Contains("Adres e-mail został potwierdzony.", await BodyAsync(confirmed), StringComparison.Ordinal);

        var signedIn = await SignInAsync(client, login);
        Assert.Equal("/konto", signedIn.Headers.Location!.OriginalString);
        var profile = await BodyAsync(await client.GetAsync("/konto"));
        Assert.Contains("Przedstawiciel podmiotu ekonomii społecznej", profile, StringComparison.Ordinal);
        Assert.Contains(RoleNames.PesRepresentative, profile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task City_staff_get_no_editor_role_by_registering()
    {
        var login = NewLogin("urzad");
        var client = await RegisterVerifiedAsync(site, login, "city");

        await site.RunAsSystemAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<PesTorUser>>();
            Assert.Empty(await users.GetRolesAsync((await users.FindByNameAsync(login))!));
        });
        Assert.Contains("brak (czeka na decyzję administratora)", await BodyAsync(await client.GetAsync("/konto")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_with_a_clear_message_even_for_the_right_password()
    {
        var login = NewLogin("blokada");
        await RegisterVerifiedAsync(site, login, "resident");
        var client = Client(site);

        for (var attempt = 1; attempt < 5; attempt++)
        {
            Assert.Contains("Login lub hasło są nieprawidłowe.", await BodyAsync(await SignInAsync(client, login, "Zle-Haslo-1")), StringComparison.Ordinal);
        }

        Assert.Contains("Konto jest zablokowane po 5 nieudanych próbach", await BodyAsync(await SignInAsync(client, login, "Zle-Haslo-1")), StringComparison.Ordinal);
        var right = await SignInAsync(client, login);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Konto jest zablokowane", await BodyAsync(right), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_reset_link_from_the_email_sets_a_new_password()
    {
        var login = NewLogin("reset");
        await RegisterVerifiedAsync(site, login, "resident");
        var client = Client(site);

        var asked = await PostFormAsync(client, "/konto/nie-pamietam-hasla", ("Input.Email", login + "@example.org"));
        Assert.Contains("Jeśli konto z tym adresem istnieje", await BodyAsync(asked), StringComparison.Ordinal);
        var unknown = await PostFormAsync(client, "/konto/nie-pamietam-hasla", ("Input.Email", "nikt@example.org"));
        Assert.Contains("Jeśli konto z tym adresem istnieje", await BodyAsync(unknown), StringComparison.Ordinal);

        var mail = await site.Mail.WaitForMessageAsync(login + "@example.org");
        Assert.Equal("Ustaw nowe hasło w PES-TOR", mail.Subject);
        var link = new Uri(SmtpListener.LinkIn(mail, "http://localhost/konto/nowe-haslo")).PathAndQuery;

        var mismatch = await PostFormAsync(client, link, ("Input.Password", "Nowe-Haslo-2"), ("Input.PasswordConfirmation", "Nowe-Haslo-3"));
        Assert.Contains("Hasła nie są takie same.", await BodyAsync(mismatch), StringComparison.Ordinal);
        var done = await PostFormAsync(client, link, ("Input.Password", "Nowe-Haslo-2"), ("Input.PasswordConfirmation", "Nowe-Haslo-2"));
        Assert.Contains("Hasło zostało zmienione.", await BodyAsync(done), StringComparison.Ordinal);

        Assert.Contains("Login lub hasło są nieprawidłowe.", await BodyAsync(await SignInAsync(Client(site), login)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(Client(site), login, "Nowe-Haslo-2")).StatusCode);

        var reused = await PostFormAsync(client, link, ("Input.Password", "Nowe-Haslo-4"), ("Input.PasswordConfirmation", "Nowe-Haslo-4"));
        Assert.Contains("Łącze jest nieważne lub wygasło.", await BodyAsync(reused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_accounts_other_sessions_but_not_this_one()
    {
        var login = NewLogin("zmiana");
        var here = await RegisterVerifiedAsync(site, login, "resident");
        var elsewhere = Client(site);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(elsewhere, login)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/konto")).StatusCode);

        var empty = await PostFormAsync(here, "/konto/zmiana-hasla");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Obecne hasło jest inne.", await BodyAsync(empty), StringComparison.Ordinal);

        var wrong = await PostFormAsync(here, "/konto/zmiana-hasla",
            ("Input.CurrentPassword", "Zle-Haslo-1"), ("Input.Password", "Nowe-Haslo-2"), ("Input.PasswordConfirmation", "Nowe-Haslo-2"));
        Assert.Contains("Obecne hasło jest inne.", await BodyAsync(wrong), StringComparison.Ordinal);

        var changed = await PostFormAsync(here, "/konto/zmiana-hasla",
            ("Input.CurrentPassword", Password), ("Input.Password", "Nowe-Haslo-2"), ("Input.PasswordConfirmation", "Nowe-Haslo-2"));
        Assert.Contains("Pozostałe sesje tego konta zostały zakończone.", await BodyAsync(changed), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/konto")).StatusCode);
        var ended = await elsewhere.GetAsync("/konto");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/konto/logowanie", ended.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_email_address_takes_effect_only_from_the_link_sent_to_it_and_ends_other_sessions()
    {
        var login = NewLogin("adres");
        var oldEmail = login + "@example.org";
        var here = await RegisterVerifiedAsync(site, login, "resident");
        var elsewhere = Client(site);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(elsewhere, login)).StatusCode);
        var neighbour = NewLogin("sasiad");
        await RegisterVerifiedAsync(site, neighbour, "resident");

        var empty = await BodyAsync(await PostFormAsync(here, "/konto/zmiana-email"));
        Assert.Contains("Podaj adres e-mail.", empty, StringComparison.Ordinal);
        Assert.Contains("Obecne hasło jest inne.", empty, StringComparison.Ordinal);
        var taken = await BodyAsync(await PostFormAsync(here, "/konto/zmiana-email", ("Input.NewEmail", neighbour + "@example.org"), ("Input.CurrentPassword", Password)));
        Assert.Contains("Konto z tym adresem e-mail już istnieje.", taken, StringComparison.Ordinal);
        var same = await BodyAsync(await PostFormAsync(here, "/konto/zmiana-email", ("Input.NewEmail", oldEmail.ToUpperInvariant()), ("Input.CurrentPassword", Password)));
        Assert.Contains("To jest obecny adres tego konta.", same, StringComparison.Ordinal);

        var newEmail = NewLogin("nowy") + "@example.org";
        var wrongPassword = await BodyAsync(await PostFormAsync(here, "/konto/zmiana-email", ("Input.NewEmail", newEmail), ("Input.CurrentPassword", "Zle-Haslo-1")));
        Assert.Contains("Obecne hasło jest inne.", wrongPassword, StringComparison.Ordinal);
        Assert.DoesNotContain(site.Mail.Messages, m => m.To.Mailboxes.Any(a => a.Address == newEmail));

        var asked = await BodyAsync(await PostFormAsync(here, "/konto/zmiana-email", ("Input.NewEmail", newEmail), ("Input.CurrentPassword", Password)));
        Assert.Contains("Wysłaliśmy łącze potwierdzające na adres " + newEmail, asked, StringComparison.Ordinal);
        Assert.Equal(oldEmail, await EmailOfAsync(login));
        var notice = await site.Mail.WaitForMessageAsync(oldEmail);
        Assert.Equal("Prośba o zmianę adresu e-mail w PES-TOR", notice.Subject);
        Assert.Contains(newEmail, notice.TextBody, StringComparison.Ordinal);
        var mail = await site.Mail.WaitForMessageAsync(newEmail);
        Assert.Equal("Potwierdź nowy adres e-mail w PES-TOR", mail.Subject);
        var link = new Uri(SmtpListener.LinkIn(mail, "http://localhost/konto/potwierdz-zmiane-email")).PathAndQuery;

        // The token is bound to the address it was sent to: the same link pointed at another address changes nothing.
        var tampered = await here.GetAsync(link.Replace(Uri.EscapeDataString(newEmail), Uri.EscapeDataString(neighbour + "x@example.org"), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Contains("Adres konta pozostał bez zmian.", await BodyAsync(tampered), StringComparison.Ordinal);
        Assert.Equal(oldEmail, await EmailOfAsync(login));

        var confirmed = await here.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Adres e-mail konta został zmieniony.", await BodyAsync(confirmed), StringComparison.Ordinal);
        Assert.Equal(newEmail, await EmailOfAsync(login));
        Assert.Contains(newEmail, await BodyAsync(await here.GetAsync("/konto")), StringComparison.Ordinal);
        var ended = await elsewhere.GetAsync("/konto");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await here.GetAsync(link)).StatusCode);

        // Password resets now go to the new address, and the old one no longer names the account.
        await PostFormAsync(Client(site), "/konto/nie-pamietam-hasla", ("Input.Email", newEmail));
        Assert.Equal("Ustaw nowe hasło w PES-TOR", (await site.Mail.WaitForMessageAsync(newEmail)).Subject);
        await site.RunAsSystemAsync(async s => Assert.Null(await s.GetRequiredService<UserManager<PesTorUser>>().FindByEmailAsync(oldEmail)));
    }

    private Task<string?> EmailOfAsync(string login) =>
        site.RunAsSystemAsync(async s => (await s.GetRequiredService<UserManager<PesTorUser>>().FindByNameAsync(login))!.Email);

    [Fact]
    public async Task Forms_refuse_a_post_without_the_antiforgery_token_and_sign_out_is_a_post()
    {
        var client = Client(site);
        var response = await client.PostAsync("/konto/logowanie", new FormUrlEncodedContent([new("Input.UserName", "admin"), new("Input.Password", TestSite.AdminPassword)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        var signedIn = await SignInAsync(client, "admin", TestSite.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/konto")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(client, "/konto/wyloguj")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/konto")).StatusCode);
    }

    [Theory]
    [InlineData("pl-PL", "Rejestracja", "Hasła nie są takie same.", "Potwierdź adres e-mail w PES-TOR")]
    [InlineData("en-GB", "Registration", "The passwords do not match.", "Confirm your e-mail address at PES-TOR")]
    public void The_account_texts_follow_the_ui_culture(string culture, string title, string mismatch, string subject)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var texts = site.Services.GetRequiredService<IStringLocalizer<AccountTexts>>();
            Assert.Equal(title, texts["Rejestracja"].Value);
            Assert.Equal(mismatch, texts["Hasła nie są takie same."].Value);
            Assert.Equal(subject, texts["Potwierdź adres e-mail w PES-TOR"].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}

public sealed class SqliteAccountTests(SqliteTorunSite site) : AccountTests<SqliteTorunSite>(site), IClassFixture<SqliteTorunSite>;

public sealed class PostgresAccountTests(PostgresTorunSite site) : AccountTests<PostgresTorunSite>(site), IClassFixture<PostgresTorunSite>;
