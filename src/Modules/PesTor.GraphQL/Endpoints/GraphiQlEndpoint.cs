using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PesTor.GraphQL.Services;

namespace PesTor.GraphQL.Endpoints;

/// <summary>
/// <c>/graphiql</c>: GraphiQL (from npm, served from this module's wwwroot/lib) pointed at <see cref="GraphQlEndpoints.Route"/>.
/// Anyone may open it while <see cref="GraphQlOptions.GraphiQL"/> is on: the page holds no data and can do nothing its
/// visitor cannot do with curl, because every query it sends is admitted by <c>/api/graphql</c> itself (ExecuteGraphQL,
/// the caller's content permissions, rate limits). Asking for ExecuteGraphQL here as well would shut out the people the
/// token box is for — API clients' owners on a site where anonymous visitors may not query — without protecting anything.
/// A site that does not want to show its schema turns the page off (404). The Content-Security-Policy allows only the
/// site's own scripts and styles (no inline script: the bootstrap is a file), fetches to the site itself, and no framing.
/// </summary>
internal static class GraphiQlEndpoint
{
    public const string Route = "/graphiql";

    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void MapGraphiQl(this IEndpointRouteBuilder routes) => routes.MapGet(Route, WriteAsync);

    private static async Task WriteAsync(HttpContext http, IOptionsSnapshot<GraphQlOptions> options, IStringLocalizer<GraphiQlTexts> texts)
    {
        if (!options.Value.GraphiQL)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-cache";
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(Page(http.Request.PathBase, texts), http.RequestAborted);
    }

    private static string Page(PathString pathBase, IStringLocalizer texts)
    {
        var html = HtmlEncoder.Default;
        string T(string key) => html.Encode(texts[key]);
        var lib = html.Encode($"{pathBase}/_content/PesTor.GraphQL");
        var language = html.Encode(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        return $$"""
            <!DOCTYPE html>
            <html lang="{{language}}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{T("GraphiQL — API GraphQL PES-TOR")}}</title>
              <link rel="stylesheet" href="{{lib}}/lib/graphiql/graphiql.min.css">
              <link rel="stylesheet" href="{{lib}}/css/graphiql-page.css">
            </head>
            <body>
              <header class="graphiql-bar">
                <h1>{{T("GraphiQL — API GraphQL PES-TOR")}}</h1>
                <div>
                  <label for="graphiql-token">{{T("Token klienta API (opcjonalnie)")}}</label>
                  <input id="graphiql-token" type="password" autocomplete="off" spellcheck="false" placeholder="pestor_…" aria-describedby="graphiql-token-help">
                </div>
                <p id="graphiql-token-help">{{T("Z tokenem zapytania idą jako klient API (nagłówek Authorization: Bearer); bez niego — z Twoją sesją albo anonimowo. Token nie jest nigdzie zapisywany.")}}</p>
              </header>
              <main id="graphiql" data-endpoint="{{html.Encode($"{pathBase}{GraphQlEndpoints.Route}")}}" aria-label="GraphiQL"></main>
              <script src="{{lib}}/lib/react/react.production.min.js"></script>
              <script src="{{lib}}/lib/react-dom/react-dom.production.min.js"></script>
              <script src="{{lib}}/lib/graphiql/graphiql.min.js"></script>
              <script src="{{lib}}/js/graphiql-start.js"></script>
            </body>
            </html>
            """;
    }
}
