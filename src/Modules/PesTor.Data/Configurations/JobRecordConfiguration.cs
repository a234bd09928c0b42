using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PesTor.Data.Records;

namespace PesTor.Data.Configurations;

internal sealed class JobRecordConfiguration : IEntityTypeConfiguration<JobRecord>
{
    public void Configure(EntityTypeBuilder<JobRecord> builder)
    {
        builder.ToTable("Jobs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Payload).IsRequired();
        builder.Property(r => r.Status).HasMaxLength(20).IsRequired();
        builder.Property(r => r.LastError).HasMaxLength(2000);

        // The runner looks for the oldest due job of a status.
        builder.HasIndex(r => new { r.Status, r.NextAttemptUtc });
    }
}
