using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PesTor.Admin;
using PesTor.AdminTheme;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Admin;

/// <summary>The admin's texts are Polish by default and English for an English UI culture (resources in each module).</summary>
public sealed class AdminLocalizationTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Theory]
    [InlineData("pl-PL", "Pulpit", "Administracja PES-TOR")]
    [InlineData("en-GB", "Dashboard", "PES-TOR administration")]
    public void Admin_texts_follow_the_ui_culture(string culture, string dashboard, string brand)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(dashboard, site.Services.GetRequiredService<IStringLocalizer<AdminText>>()["Pulpit"].Value);
            Assert.Equal(brand, site.Services.GetRequiredService<IStringLocalizer<AdminThemeText>>()["Administracja PES-TOR"].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
