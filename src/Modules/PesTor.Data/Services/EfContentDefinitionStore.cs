using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PesTor.ContentManagement;
using PesTor.Data.Records;
using PesTor.Metadata;

namespace PesTor.Data.Services;

/// <summary>Keeps the definitions as one JSON document in the Documents table.</summary>
internal sealed class EfContentDefinitionStore(PesTorDbContext db) : IContentDefinitionStore
{
    private const string DocumentName = "ContentDefinition";

    public async Task<ContentDefinitionDocument?> LoadAsync(CancellationToken cancellationToken = default)
    {
        var record = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Name == DocumentName, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var document = JsonSerializer.Deserialize<ContentDefinitionDocument>(record.Content, ContentJson.Options) ?? new ContentDefinitionDocument();
        document.Identifier = record.Identifier;
        return document;
    }

    public async Task SaveAsync(ContentDefinitionDocument document, CancellationToken cancellationToken = default)
    {
        var content = JsonSerializer.Serialize(document, ContentJson.Options);
        var updated = await db.Documents
            .Where(d => d.Name == DocumentName)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Content, content).SetProperty(d => d.Identifier, document.Identifier), cancellationToken);
        if (updated == 0)
        {
            db.Documents.Add(new DocumentRecord { Name = DocumentName, Identifier = document.Identifier, Content = content });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    public Task<string?> GetIdentifierAsync(CancellationToken cancellationToken = default) =>
        db.Documents.AsNoTracking().Where(d => d.Name == DocumentName).Select(d => (string?)d.Identifier).FirstOrDefaultAsync(cancellationToken);
}
