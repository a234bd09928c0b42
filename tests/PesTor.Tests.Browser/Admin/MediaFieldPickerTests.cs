using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Queries;
using PesTor.Security;
using PesTor.Setup;
using PesTor.Tests.Browser.Infrastructure;
using SkiaSharp;

namespace PesTor.Tests.Browser.Admin;

/// <summary>
/// A Media field in the admin editor is the media library's picker: an editor uploads an image, finds it from the field by
/// name with the keyboard, chooses it, publishes, and the item stores the file's path and shows its thumbnail again.
/// </summary>
public sealed class MediaFieldPickerTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Password = "Haslo-Bezpieczne-1";

    [Fact]
    public async Task An_editor_picks_an_uploaded_image_for_a_media_field_and_the_item_stores_its_path()
    {
        var result = await Site.Services.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
        {
            SiteName = "PES-TOR", AdminUserName = "admin", AdminEmail = "admin@example.org", AdminPassword = Password, RecipeName = "pestor-torun",
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        var signIn = await Page.APIRequest.PostAsync(Site.Url("/api/auth/login"), new() { DataObject = new { userName = "admin", password = Password } });
        Assert.True(signIn.Ok);

        await Page.GotoAsync(Site.Url("/admin/media"));
        await Page.SetInputFilesAsync("#upload", new FilePayload { Name = "plakat-wystawy.png", MimeType = "image/png", Buffer = Png() });
        await Page.Locator("form.media-upload button[type=submit]").ClickAsync();
        await Assertions.Expect(Page.Locator(".media-list img")).ToHaveCountAsync(1);

        await Page.GotoAsync(Site.Url("/admin/tresci/nowy/Article"));
        await Page.FillAsync("#f-TitlePart-Title", "Wystawa w Dworze Artusa");
        await Page.FocusAsync("#f-Article-Image-Paths-search");
        await Page.Keyboard.TypeAsync("plakat");
        await Page.Keyboard.PressAsync("Enter");
        var choose = Page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Wybierz: plakat-wystawy") });
        await choose.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator("#f-Article-Image-Paths .media-picker-chosen li")).ToHaveCountAsync(1);
        await AssertAccessibleAsync(Page);

        await Page.Locator("button[name=submit][value=publish]").ClickAsync();
        await Assertions.Expect(Page.Locator("main").GetByRole(AriaRole.Status)).ToContainTextAsync("Opublikowano.");

        var stored = await StoredImagePathsAsync("Wystawa w Dworze Artusa");
        var path = Assert.Single(stored);
        Assert.EndsWith(".png", path, StringComparison.Ordinal);
        await Assertions.Expect(Page.Locator("#f-Article-Image-Paths .media-picker-chosen li")).ToHaveAttributeAsync("data-path", path);
        await Assertions.Expect(Page.Locator("#f-Article-Image-Paths .media-picker-chosen img")).ToHaveCountAsync(1);
    }

    private async Task<IReadOnlyList<string>> StoredImagePathsAsync(string title)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ICallerAccessor>().BeginSystemScope();
        var page = await scope.ServiceProvider.GetRequiredService<IContentQueryService>().ListAsync(new ContentQuery
        {
            ContentTypes = ["Article"],
            Where = ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.Eq, title),
        });
        return Assert.Single(page.Items).GetField<MediaField>("Article", "Image")?.Paths ?? [];
    }

    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(320, 240);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.DarkOrange);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }
}
