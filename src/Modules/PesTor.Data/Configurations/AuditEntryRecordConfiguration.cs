using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PesTor.Data.Records;

namespace PesTor.Data.Configurations;

internal sealed class AuditEntryRecordConfiguration : IEntityTypeConfiguration<AuditEntryRecord>
{
    public void Configure(EntityTypeBuilder<AuditEntryRecord> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Actor).HasMaxLength(256).IsRequired();
        builder.Property(r => r.Action).HasMaxLength(100).IsRequired();
        builder.Property(r => r.ContentItemId).HasMaxLength(64);
        builder.Property(r => r.Message).HasMaxLength(2000).IsRequired();
        builder.HasIndex(r => r.CreatedUtc);
    }
}
