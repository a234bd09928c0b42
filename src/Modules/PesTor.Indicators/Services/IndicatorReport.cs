using System.Globalization;
using System.Text;
using PesTor.ContentManagement;
using PesTor.Queries;

namespace PesTor.Indicators.Services;

/// <summary>The annual report: every indicator, and for counted ones the items behind the count (by title).</summary>
public sealed class IndicatorReport(IndicatorBoard board)
{
    /// <summary>Items listed per indicator; the report says how many more there are beyond.</summary>
    public const int ItemsPerIndicator = 500;

    public async Task<IReadOnlyList<IndicatorReportSection>> BuildAsync(CancellationToken cancellationToken)
    {
        var sections = new List<IndicatorReportSection>();
        foreach (var entry in await board.LoadAsync(ContentStatus.Published, cancellationToken))
        {
            if (entry.Indicator.Rule.IsCount)
            {
                var page = await board.CountedItemsAsync(entry.Indicator, ItemsPerIndicator, cancellationToken);
                sections.Add(new IndicatorReportSection(entry, page.Items, page.Total ?? page.Items.Count));
            }
            else
            {
                sections.Add(new IndicatorReportSection(entry, [], 0));
            }
        }

        return sections;
    }

    /// <summary>A CSV (semicolon-separated, as Polish spreadsheets expect, UTF-8 with BOM): a row per counted item, or one per manual indicator.</summary>
    public static byte[] ToCsv(IReadOnlyList<IndicatorReportSection> sections)
    {
        var csv = new StringBuilder();
        Row(csv, "Wskaźnik", "Jednostka", "Wartość docelowa", "Wartość bieżąca", "Osiągnięty", "Sposób liczenia", "Element", "Identyfikator elementu", "Data publikacji");
        foreach (var section in sections)
        {
            var i = section.Entry.Indicator;
            string[] head = [i.Title, i.Unit ?? "", Number(i.Target), Number(i.Current), i.Achieved ? "tak" : "nie", i.Rule.IsCount ? $"liczba {i.Rule.CountedType}" : "ręcznie"];
            if (section.Items.Count == 0)
            {
                Row(csv, [.. head, "", "", ""]);
            }

            foreach (var item in section.Items)
            {
                Row(csv, [.. head, item.DisplayText, item.ContentItemId, item.PublishedUtc?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""]);
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    private static void Row(StringBuilder csv, params string[] cells) =>
        csv.Append(string.Join(';', cells.Select(Cell))).Append("\r\n");

    // Quoted always; a cell a spreadsheet would read as a formula is prefixed with an apostrophe (CSV injection).
    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0]))
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }
}

public sealed record IndicatorReportSection(IndicatorWithHistory Entry, IReadOnlyList<ContentItem> Items, int Total);
