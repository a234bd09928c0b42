using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PesTor.Data.Records;

namespace PesTor.Data.Configurations;

internal sealed class OutboxMessageRecordConfiguration : IEntityTypeConfiguration<OutboxMessageRecord>
{
    public void Configure(EntityTypeBuilder<OutboxMessageRecord> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Topic).HasMaxLength(100).IsRequired();
        builder.Property(r => r.ContentItemId).HasMaxLength(64);
        builder.Property(r => r.Payload).IsRequired();
    }
}

internal sealed class DocumentRecordConfiguration : IEntityTypeConfiguration<DocumentRecord>
{
    public void Configure(EntityTypeBuilder<DocumentRecord> builder)
    {
        builder.ToTable("Documents");
        builder.HasKey(r => r.Name);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.Identifier).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Content).IsRequired();
    }
}
