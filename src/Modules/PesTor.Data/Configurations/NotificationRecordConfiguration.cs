using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PesTor.Data.Records;

namespace PesTor.Data.Configurations;

internal sealed class NotificationRecordConfiguration : IEntityTypeConfiguration<NotificationRecord>
{
    public void Configure(EntityTypeBuilder<NotificationRecord> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.UserId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Title).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Body).HasMaxLength(4000).IsRequired();
        builder.Property(r => r.Link).HasMaxLength(500);
        builder.HasIndex(r => new { r.UserId, r.CreatedUtc });
    }
}
