using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PesTor.Data.Records;

namespace PesTor.Data.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("AuditTrail");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Action).HasMaxLength(32).IsRequired();
        builder.Property(r => r.ContentItemId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.ContentItemVersionId).HasMaxLength(64);
        builder.Property(r => r.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(r => r.DisplayText).HasMaxLength(500).IsRequired();
        builder.Property(r => r.UserId).HasMaxLength(64);
        builder.Property(r => r.UserName).HasMaxLength(256);

        // An item's history and the site's newest lines are the two reads.
        builder.HasIndex(r => new { r.ContentItemId, r.Id });
        builder.HasIndex(r => r.CreatedUtc);
    }
}
