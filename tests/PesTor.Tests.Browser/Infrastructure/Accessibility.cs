using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PesTor.Tests.Browser.Infrastructure;

/// <summary>Checks a page with axe-core against WCAG 2.1 level AA.</summary>
public static class Accessibility
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Runs axe on the page as it is now and fails listing every violation: rule, impact, and the elements hit.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
        });

        var report = new StringBuilder();
        foreach (var violation in result.Violations)
        {
            report.Append($"{violation.Id} ({violation.Impact}): {violation.Help}\n");
            foreach (var node in violation.Nodes)
            {
                report.Append($"    {node.Target}  {node.Html}\n");
            }
        }

        Assert.True(result.Violations.Length == 0, $"axe found {result.Violations.Length} WCAG 2.1 AA violation(s) on {page.Url}:\n{report}");
    }
}
