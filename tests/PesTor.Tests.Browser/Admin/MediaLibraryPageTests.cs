using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PesTor.Setup;
using PesTor.Tests.Browser.Infrastructure;
using SkiaSharp;

namespace PesTor.Tests.Browser.Admin;

/// <summary>The media library page in a real browser: no axe-core violations (empty, listed, refused upload), upload and delete by keyboard.</summary>
public sealed class MediaLibraryPageTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Password = "Haslo-Bezpieczne-1";

    [Fact]
    public async Task An_administrator_uploads_sees_a_refusal_and_deletes_with_the_keyboard_on_an_accessible_page()
    {
        var result = await Site.Services.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
        {
            SiteName = "PES-TOR", AdminUserName = "admin", AdminEmail = "admin@example.org", AdminPassword = Password, RecipeName = "pestor-torun",
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        var signIn = await Page.APIRequest.PostAsync(Site.Url("/api/auth/login"), new() { DataObject = new { userName = "admin", password = Password } });
        Assert.True(signIn.Ok);

        await Page.GotoAsync(Site.Url("/admin/media"));
        await AssertAccessibleAsync(Page);

        await Page.SetInputFilesAsync("#upload", new FilePayload { Name = "plakat.png", MimeType = "image/png", Buffer = Png() });
        await Page.FocusAsync("form.media-upload button[type=submit]");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator("main").GetByRole(AriaRole.Status)).ToContainTextAsync("plakat.png");
        await Assertions.Expect(Page.Locator(".media-list img")).ToHaveCountAsync(1);
        await AssertAccessibleAsync(Page);

        await Page.SetInputFilesAsync("#upload", new FilePayload
        {
            Name = "logo.svg", MimeType = "image/svg+xml", Buffer = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray(),
        });
        await Page.FocusAsync("form.media-upload button[type=submit]");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator("#upload-error")).ToContainTextAsync("SVG");
        await Assertions.Expect(Page.Locator("#upload")).ToHaveAttributeAsync("aria-invalid", "true");
        await AssertAccessibleAsync(Page);

        await Page.FocusAsync(".media-list button[type=submit]");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator("main").GetByRole(AriaRole.Status)).ToContainTextAsync("plakat.png");
        await Assertions.Expect(Page.Locator(".media-list")).ToHaveCountAsync(0);
        await AssertAccessibleAsync(Page);
    }

    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(640, 480);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.DarkSlateBlue);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }
}
