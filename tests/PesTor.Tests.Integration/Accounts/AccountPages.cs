using System.Net;
using PesTor.Tests.Integration.Admin;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Accounts;

/// <summary>Drives the public account pages the way a browser does: forms with their antiforgery token, links from e-mail.</summary>
public static class AccountPages
{
    public const string Password = "Haslo-Testowe-1";

    public static string NewLogin(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    public static HttpClient Client(TestSite site) =>
        site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, params (string Name, string Value)[] fields)
    {
        var page = await AdminForms.GetPageAsync(client, url);
        return await AdminForms.PostAsync(client, url, page, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
    }

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string login, string accountType, string? email = null, string password = Password) =>
        PostFormAsync(client, "/konto/rejestracja",
            ("Input.UserName", login), ("Input.FullName", "Anna Nowak"), ("Input.Email", email ?? login + "@example.org"),
            ("Input.AccountType", accountType), ("Input.Password", password), ("Input.PasswordConfirmation", password));

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string login, string password = Password) =>
        PostFormAsync(client, "/konto/logowanie", ("Input.UserName", login), ("Input.Password", password));

    /// <summary>Registers, follows the verification link from the e-mail and signs in; returns the signed-in client.</summary>
    public static async Task<HttpClient> RegisterVerifiedAsync(TestSite site, string login, string accountType)
    {
        var client = Client(site);
        var registered = await RegisterAsync(client, login, accountType);
        Assert.True(registered.StatusCode == HttpStatusCode.Redirect, await registered.Content.ReadAsStringAsync());
        var mail = await site.Mail.WaitForMessageAsync(login + "@example.org");
        var confirmed = await client.GetAsync(new Uri(SmtpListener.LinkIn(mail, "http://localhost/konto/potwierdz-email")).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var signedIn = await SignInAsync(client, login);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    public static async Task<string> BodyAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}
