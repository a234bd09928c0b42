using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PesTor.Data.Records;

namespace PesTor.Data.Configurations;

internal sealed class ContentItemRecordConfiguration : IEntityTypeConfiguration<ContentItemRecord>
{
    public void Configure(EntityTypeBuilder<ContentItemRecord> builder)
    {
        builder.ToTable("ContentItems");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ContentItemId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.ContentItemVersionId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.ContentType).HasMaxLength(255).IsRequired();
        builder.Property(r => r.DisplayText).HasMaxLength(766).IsRequired();
        builder.Property(r => r.Owner).HasMaxLength(64);
        builder.Property(r => r.Author).HasMaxLength(255);
        builder.Property(r => r.ConcurrencyStamp).HasMaxLength(36).IsRequired();
        builder.Property(r => r.Content).IsRequired();

        builder.HasIndex(r => r.ContentItemVersionId).IsUnique();
        builder.HasIndex(r => r.ContentItemId);

        // At most one latest and one published version per item, enforced by the database itself.
        // TRUE is understood by both SQLite (3.23+) and PostgreSQL.
        builder.HasIndex(r => r.ContentItemId, "IX_ContentItems_ContentItemId_Latest").IsUnique().HasFilter("\"Latest\" = TRUE");
        builder.HasIndex(r => r.ContentItemId, "IX_ContentItems_ContentItemId_Published").IsUnique().HasFilter("\"Published\" = TRUE");

        // The common list shapes: a type's published/latest rows ordered by title or date.
        builder.HasIndex(r => new { r.ContentType, r.Published, r.DisplayText });
        builder.HasIndex(r => new { r.ContentType, r.Latest, r.DisplayText });
        builder.HasIndex(r => new { r.ContentType, r.Published, r.PublishedUtc });
        builder.HasIndex(r => new { r.ContentType, r.Latest, r.ModifiedUtc });
        builder.HasIndex(r => new { r.Owner, r.ContentType });
    }
}
