using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Contents.Parts;
using PesTor.Tests.Unit.TestDoubles;

namespace PesTor.Tests.Unit.Parts;

public sealed class ContactPartHandlerTests
{
    [Fact]
    public async Task Real_contact_data_is_accepted() =>
        Assert.True((await Validate(new ContactPart { Phone = "56 654 92 79", Email = "cistor@cistorsps.pl", Website = "https://www.cistorsps.pl" })).Result.Succeeded);

    [Fact]
    public async Task Phone_with_letters_is_refused() =>
        Assert.Equal("ContactPart.Phone", Assert.Single((await Validate(new ContactPart { Phone = "56 CALL ME" })).Result.Errors).Path);

    [Fact]
    public async Task Bad_email_is_refused() =>
        Assert.Equal("ContactPart.Email", Assert.Single((await Validate(new ContactPart { Email = "cistor(at)cistorsps.pl" })).Result.Errors).Path);

    [Fact]
    public async Task Website_without_a_scheme_is_refused() =>
        Assert.Equal("ContactPart.Website", Assert.Single((await Validate(new ContactPart { Website = "www.cistorsps.pl" })).Result.Errors).Path);

    [Fact]
    public void Each_given_contact_value_is_indexed()
    {
        var item = Contexts.Item().Apply(new ContactPart { Phone = "56 654 92 79", Email = "cistor@cistorsps.pl" });

        var rows = new ContactPartHandler().Index(Contexts.Part(item, PartNames.Contact));

        Assert.Equal(["Phone", "Email"], rows.Select(r => r.Field));
    }

    private static async Task<PartContext> Validate(ContactPart contact)
    {
        var context = Contexts.Part(Contexts.Item().Apply(contact), PartNames.Contact);
        await new ContactPartHandler().ValidateAsync(context, CancellationToken.None);
        return context;
    }
}
