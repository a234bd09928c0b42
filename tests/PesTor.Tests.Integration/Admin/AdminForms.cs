using System.Net;
using System.Text.RegularExpressions;

namespace PesTor.Tests.Integration.Admin;

/// <summary>Reads admin pages and posts their forms the way a browser does (with the page's antiforgery token).</summary>
public static partial class AdminForms
{
    public static async Task<string> GetPageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}\n{html}");
        return html;
    }

    public static string Token(string html) => WebUtility.HtmlDecode(TokenInput().Match(html) is { Success: true } m
        ? m.Groups[1].Value
        : throw new InvalidOperationException("The page has no antiforgery token."));

    /// <summary>Posts fields plus the token from <paramref name="pageHtml"/>.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string pageHtml, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync(url, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", Token(pageHtml))]));

    /// <summary>The value of a named hidden input of the page.</summary>
    public static string Hidden(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"type=\"hidden\" name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"") is { Success: true } m
            ? m.Groups[1].Value
            : throw new InvalidOperationException($"The page has no hidden input {name}."));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
