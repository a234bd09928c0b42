using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PesTor.Data.Records;

namespace PesTor.Data.Services;

internal sealed class EfDocumentStore(PesTorDbContext db) : IDocumentStore
{
    public async Task<JsonObject?> LoadAsync(string name, CancellationToken cancellationToken = default)
    {
        var content = await db.Documents.AsNoTracking().Where(d => d.Name == name).Select(d => d.Content).FirstOrDefaultAsync(cancellationToken);
        return content is null ? null : JsonNode.Parse(content) as JsonObject;
    }

    public async Task SaveAsync(string name, JsonObject document, CancellationToken cancellationToken = default)
    {
        var content = document.ToJsonString();
        var identifier = Guid.NewGuid().ToString("N");
        var updated = await db.Documents.Where(d => d.Name == name)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Content, content).SetProperty(d => d.Identifier, identifier), cancellationToken);
        if (updated == 0)
        {
            db.Documents.Add(new DocumentRecord { Name = name, Identifier = identifier, Content = content });
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
}
