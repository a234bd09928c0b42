using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Media;
using PesTor.Media.Services;
using PesTor.Tests.Integration.Infrastructure;
using SkiaSharp;

namespace PesTor.Tests.Integration.Media;

/// <summary>
/// The media library through its admin page and HTTP: uploads are checked by content (renamed programs, SVG, oversize and
/// damaged images refused with a reason, nothing stored), images get WebP variants, files are served with their type,
/// nosniff and long caching, and only ManageMedia may upload, list or delete.
/// </summary>
public abstract partial class MediaLibraryTests<TSite>(TSite site) : SiteTest<TSite>(site) where TSite : TestSite
{
    [Fact]
    public async Task An_uploaded_photo_is_stored_under_a_generated_name_with_a_thumbnail_and_a_medium_variant()
    {
        var client = await Site.ClientAsync("admin", TestSite.AdminPassword);
        var response = await UploadAsync(client, Image(1600, 1200, SKEncodedImageFormat.Jpeg), "zdjęcie warsztatów.jpg", "image/jpeg");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var file = await NewestAsync("zdjęcie warsztatów.jpg");
        Assert.Matches(@"^\d{4}/\d{2}/[0-9a-f]{32}\.jpg$", file.Path);
        Assert.Equal("image/jpeg", file.ContentType);
        Assert.Equal((1600, 1200), (file.Width, file.Height));

        // Media are public files: a visitor fetches them (a signed-in request may carry a renewed cookie, never cached).
        var visitor = await Site.ClientAsync();
        var original = await visitor.GetAsync(MediaUrls.Of(file.Path));
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal("image/jpeg", original.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", original.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("max-age=31536000", original.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        foreach (var (variant, longest) in new[] { (MediaVariant.Thumbnail, 240), (MediaVariant.Medium, 960) })
        {
            var served = await visitor.GetAsync(MediaUrls.OfVariant(file.Path, variant));
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal("image/webp", served.Content.Headers.ContentType!.MediaType);
            using var decoded = SKBitmap.Decode(await served.Content.ReadAsByteArrayAsync());
            Assert.Equal(longest, Math.Max(decoded.Width, decoded.Height));
            Assert.Equal(4 * decoded.Height, 3 * decoded.Width);
        }
    }

    [Fact]
    public async Task A_png_and_a_pdf_are_accepted_and_the_pdf_has_no_variants()
    {
        var client = await Site.ClientAsync("admin", TestSite.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(client, Image(300, 200, SKEncodedImageFormat.Png), "schemat.png", "image/png")).StatusCode);
        Assert.Equal((300, 200), ((await NewestAsync("schemat.png")).Width, (await NewestAsync("schemat.png")).Height));

        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(client, pdf, "regulamin.pdf", "application/pdf")).StatusCode);
        var document = await NewestAsync("regulamin.pdf");
        Assert.EndsWith(".pdf", document.Path, StringComparison.Ordinal);
        Assert.Null(document.Width);
        var served = await client.GetAsync(MediaUrls.Of(document.Path));
        Assert.Equal("application/pdf", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(MediaUrls.OfVariant(document.Path, MediaVariant.Thumbnail))).StatusCode);
    }

    [Theory]
    [InlineData("renamed-program", "programem")]
    [InlineData("svg-with-script", "SVG")]
    [InlineData("oversized", "za duży")]
    [InlineData("damaged-jpeg", "uszkodzony")]
    [InlineData("text", "nie jest obrazem")]
    public async Task A_refused_upload_says_why_next_to_the_file_input_and_stores_nothing(string kind, string reason)
    {
        var (content, name, type) = kind switch
        {
            "renamed-program" => (Program(), "faktura.jpg", "image/jpeg"),
            "svg-with-script" => (Encoding.UTF8.GetBytes("""<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>"""), "logo.png", "image/png"),
            "oversized" => (Oversized(), "ogromny.jpg", "image/jpeg"),
            "damaged-jpeg" => (Image(800, 600, SKEncodedImageFormat.Jpeg)[..2000], "ucięty.jpg", "image/jpeg"),
            _ => (Encoding.UTF8.GetBytes("zwykły tekst, nie obraz"), "notatka.pdf", "application/pdf"),
        };
        var client = await Site.ClientAsync("admin", TestSite.AdminPassword);
        var before = await FilesOnDiskAsync();

        var response = await UploadAsync(client, content, name, type);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var error = Regex.Match(page, "<p id=\"upload-error\" class=\"error\">(.*?)</p>").Groups[1].Value;
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", page, StringComparison.Ordinal);
        Assert.Equal(before, await FilesOnDiskAsync());
        var (files, _) = await ListAsync(name);
        Assert.Empty(files);
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused()
    {
        var client = await Site.ClientAsync("admin", TestSite.AdminPassword);
        using var form = Form(Image(50, 50, SKEncodedImageFormat.Png), "bez-tokenu.png", "image/png", token: null);
        var response = await client.PostAsync("/admin/media?handler=Upload", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await ListAsync("bez-tokenu.png")).Files);
    }

    [Fact]
    public async Task Only_callers_with_manage_media_reach_the_library()
    {
        // Pages send people to sign in or to the access-denied page; the API answers with a status.
        var anonymous = await Site.ClientAsync();
        var signIn = await anonymous.GetAsync("/admin/media");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("ReturnUrl", signIn.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/media")).StatusCode);

        var editor = await Site.ClientAsync("editor1", TestSite.EditorPassword);
        var denied = await editor.GetAsync("/admin/media");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Equal(PesTor.Users.AccountPaths.AccessDenied, denied.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/api/media")).StatusCode);
        await Site.RunAsAsync("editor1", async s => await Assert.ThrowsAsync<PesTor.Security.ContentAccessDeniedException>(
            () => s.GetRequiredService<MediaLibrary>().UploadAsync(new MemoryStream(Image(10, 10, SKEncodedImageFormat.Png)), "x.png")));
    }

    [Fact]
    public async Task The_picker_endpoint_lists_by_name_and_a_deleted_file_is_gone_with_its_variants()
    {
        var client = await Site.ClientAsync("admin", TestSite.AdminPassword);
        await UploadAsync(client, Image(400, 400, SKEncodedImageFormat.Webp), "Do-Usunięcia.webp", "image/webp");
        var list = JsonNode.Parse(await client.GetStringAsync("/api/media?search=do-usunięcia"))!;
        Assert.Equal(1, (int)list["total"]!);
        var item = list["items"]![0]!;
        var path = (string)item["path"]!;
        Assert.Equal("image/webp", (string)item["contentType"]!);
        Assert.Equal(MediaUrls.OfVariant(path, MediaVariant.Thumbnail), (string)item["thumbnailUrl"]!);

        var page = await client.GetStringAsync("/admin/media?q=Do-Usuni%C4%99cia");
        Assert.Contains(path, page, StringComparison.Ordinal);
        using var delete = new FormUrlEncodedContent(new Dictionary<string, string> { ["path"] = path, ["__RequestVerificationToken"] = Token(page) });
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/admin/media?handler=Delete", delete)).StatusCode);

        Assert.Equal(0, (int)JsonNode.Parse(await client.GetStringAsync("/api/media?search=do-usunięcia"))!["total"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(MediaUrls.Of(path))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(MediaUrls.OfVariant(path, MediaVariant.Medium))).StatusCode);
    }

    [Fact]
    public async Task Graphql_answers_a_media_field_with_absolute_urls_of_the_file_and_its_variants()
    {
        var client = await Site.ClientAsync("admin", TestSite.AdminPassword);
        await UploadAsync(client, Image(500, 250, SKEncodedImageFormat.Png), "logo-gql.png", "image/png");
        var logo = await NewestAsync("logo-gql.png");
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var entity = await ContentBuilders.NewEntityAsync(contents, "Media GQL Fundacja", "fundacja");
            entity.ApplyField("Entity", "Logo", new MediaField { Paths = [logo.Path] });
            await contents.CreateAsync(entity, publish: true);
        });

        var response = await client.PostAsJsonAsync("/api/graphql", new { query = """{ entity(where: { displayText: "Media GQL Fundacja" }) { logo { path url thumbnailUrl mediumUrl } } }""" });
        var media = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["entity"]![0]!["logo"]![0]!;
        Assert.Equal(logo.Path, (string)media["path"]!);
        Assert.Equal($"http://localhost{MediaUrls.Of(logo.Path)}", (string)media["url"]!);
        Assert.Equal($"http://localhost{MediaUrls.OfVariant(logo.Path, MediaVariant.Thumbnail)}", (string)media["thumbnailUrl"]!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri((string)media["mediumUrl"]!).PathAndQuery)).StatusCode);
    }

    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName, string contentType)
    {
        var page = await client.GetStringAsync("/admin/media");
        using var form = Form(content, fileName, contentType, Token(page));
        return await client.PostAsync("/admin/media?handler=Upload", form);
    }

    private static MultipartFormDataContent Form(byte[] content, string fileName, string contentType, string? token)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "Upload", fileName);
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        return form;
    }

    private static string Token(string page) => TokenPattern().Match(page).Groups[1].Value;

    private async Task<MediaFile> NewestAsync(string fileName) => Assert.Single((await ListAsync(fileName)).Files, f => f.FileName == fileName);

    private Task<(IReadOnlyList<MediaFile> Files, int Total)> ListAsync(string search) =>
        Site.RunAsSystemAsync(s => s.GetRequiredService<IMediaFileStore>().ListAsync(search, 0, 100));

    private Task<int> FilesOnDiskAsync() => Site.RunAsSystemAsync(s =>
    {
        var storage = s.GetRequiredService<MediaStorage>();
        return Task.FromResult(Directory.GetFiles(storage.Root, "*", SearchOption.AllDirectories).Length + Directory.GetFiles(storage.Incoming).Length);
    });

    private static byte[] Image(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.Gold };
            canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(format, 85).ToArray();
    }

    // A Windows program's header (MZ … PE), as a renamed .exe starts.
    private static byte[] Program()
    {
        var bytes = new byte[4096];
        "MZ"u8.CopyTo(bytes);
        bytes[0x3C] = 0x80;
        "PE\0\0"u8.CopyTo(bytes.AsSpan(0x80));
        return bytes;
    }

    // Starts as a JPEG, so only its size refuses it: just over the 10 MB image limit.
    private static byte[] Oversized()
    {
        var bytes = new byte[(10 * 1024 * 1024) + 1];
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        return bytes;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class SqliteMediaLibraryTests(SqliteSite site) : MediaLibraryTests<SqliteSite>(site), IClassFixture<SqliteSite>;

public sealed class PostgresMediaLibraryTests(PostgresSite site) : MediaLibraryTests<PostgresSite>(site), IClassFixture<PostgresSite>;
