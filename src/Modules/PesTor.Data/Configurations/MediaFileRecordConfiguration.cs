using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PesTor.Data.Records;

namespace PesTor.Data.Configurations;

internal sealed class MediaFileRecordConfiguration : IEntityTypeConfiguration<MediaFileRecord>
{
    public void Configure(EntityTypeBuilder<MediaFileRecord> builder)
    {
        builder.ToTable("MediaFiles");
        builder.HasKey(r => r.Path);
        builder.Property(r => r.Path).HasMaxLength(200);
        builder.Property(r => r.FileName).HasMaxLength(255).IsRequired();
        builder.Property(r => r.SearchName).HasMaxLength(255).IsRequired();
        builder.Property(r => r.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(r => r.CreatedBy).HasMaxLength(64);
        // The library lists newest first.
        builder.HasIndex(r => r.CreatedUtc);
    }
}
