using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PesTor.Data.Records;

namespace PesTor.Data.Configurations;

internal sealed class WorkflowRunRecordConfiguration : IEntityTypeConfiguration<WorkflowRunRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowRunRecord> builder)
    {
        builder.ToTable("WorkflowRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.WorkflowTypeId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.WorkflowName).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Event).HasMaxLength(50).IsRequired();
        builder.Property(r => r.ContentItemId).HasMaxLength(64);
        builder.Property(r => r.Status).HasMaxLength(20).IsRequired();
        builder.Property(r => r.Error).HasMaxLength(2000);
        builder.Property(r => r.Steps).IsRequired();
        builder.HasIndex(r => new { r.WorkflowTypeId, r.StartedUtc });
        builder.HasIndex(r => r.StartedUtc);
    }
}
