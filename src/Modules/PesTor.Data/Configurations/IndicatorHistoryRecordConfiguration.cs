using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PesTor.Data.Records;

namespace PesTor.Data.Configurations;

internal sealed class IndicatorHistoryRecordConfiguration : IEntityTypeConfiguration<IndicatorHistoryRecord>
{
    public void Configure(EntityTypeBuilder<IndicatorHistoryRecord> builder)
    {
        builder.ToTable("IndicatorHistory");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.IndicatorContentItemId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Value).HasPrecision(19, 5);
        builder.Property(r => r.Source).HasMaxLength(20).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.Property(r => r.UserName).HasMaxLength(256);
        builder.HasIndex(r => new { r.IndicatorContentItemId, r.RecordedUtc });
    }
}
