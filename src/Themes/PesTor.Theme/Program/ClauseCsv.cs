using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using PesTor.Theme.OutputCaching;

namespace PesTor.Theme.Program;

/// <summary>
/// <c>GET /program/klauzule.csv</c>: the social clauses register with the page's filters, as CSV (RFC 4180, UTF-8 with a
/// byte order mark so spreadsheet programs read Polish letters; the list separator of the language, so Polish Excel splits
/// columns). Cells that a spreadsheet would run as a formula (=, +, -, @) are escaped.
/// </summary>
public static class ClauseCsv
{
    public const string Path = "/program/klauzule.csv";

    public static RouteHandlerBuilder MapClauseCsv(this IEndpointRouteBuilder routes) =>
        routes.MapGet(Path, async (HttpContext context, ClauseRegister register, IStringLocalizer<SiteText> T, CancellationToken cancellationToken) =>
        {
            context.TagTypes("SocialClause", "Entity");
            var rows = await register.ListAsync(ClauseFilter.From(context.Request.Query), cancellationToken);
            var culture = CultureInfo.CurrentCulture;
            context.Response.ContentType = "text/csv; charset=utf-8";
            context.Response.Headers.ContentDisposition = "attachment; filename=\"klauzule-spoleczne.csv\"";

            await using var csv = CsvWriter.Create(context.Response.Body, new CsvWriterOptions
            {
                Separator = culture.TextInfo.ListSeparator[0],
                Injection = CsvInjection.Escape,
                WriteByteOrderMark = true,
            }, leaveOpen: true);
            string[] headers = ["Przedmiot zamówienia", "Tryb", "Wydział", "Podstawa prawna", "Rodzaj klauzuli", "Grupa docelowa", "Liczba osób", "Data zastosowania", "Wartość (zł)", "Wykonawca"];
            await csv.WriteRecordAsync([.. headers.Select(h => T[h].Value)], cancellationToken);
            foreach (var row in rows)
            {
                await csv.WriteRecordAsync(
                [
                    row.Subject,
                    row.Procedure,
                    row.Department,
                    row.LegalBasis,
                    row.ClauseType,
                    row.TargetGroup,
                    row.RequiredPersons?.ToString("0.##", culture) ?? "",
                    row.AppliedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                    row.Value?.ToString("0.00", culture) ?? "",
                    row.Contractor,
                ], cancellationToken);
            }

            await csv.FlushAsync(cancellationToken);
        });
}
