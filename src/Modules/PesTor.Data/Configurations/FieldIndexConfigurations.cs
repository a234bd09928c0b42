using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PesTor.Data.Records;

namespace PesTor.Data.Configurations;

/// <summary>
/// Shared shape of the field index tables: a cascading foreign key to the version row, the type + part + field key,
/// and one composite index on part + field + the kind's main value, for filter lookups (the outer query already
/// restricts the type, and shared parts such as AddressPart are filtered across types).
/// </summary>
internal abstract class FieldIndexConfiguration<T>(string table, Expression<Func<T, object?>> value) : IEntityTypeConfiguration<T>
    where T : FieldIndexRecord
{
    public virtual void Configure(EntityTypeBuilder<T> builder)
    {
        builder.ToTable(table);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ContentType).HasMaxLength(255).IsRequired();
        builder.Property(r => r.ContentPart).HasMaxLength(255).IsRequired();
        builder.Property(r => r.ContentField).HasMaxLength(255).IsRequired();
        builder.HasOne<ContentItemRecord>().WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);

        builder.Property(r => r.DisplayText).HasMaxLength(766).IsRequired();
        var valueMember = (MemberExpression)(value.Body is UnaryExpression u ? u.Operand : value.Body);

        // An item's values read from the index alone (the index readers' and the map layers' column reads: one seek per
        // item and field, no table row visited); it also serves the cascade and the re-indexing of one version.
        builder.HasIndex(
            [nameof(FieldIndexRecord.DocumentId), nameof(FieldIndexRecord.ContentPart), nameof(FieldIndexRecord.ContentField), .. CoveredValues(valueMember.Member.Name)],
            $"IX_{table}_DocumentId_Values");
        builder.HasIndex(nameof(FieldIndexRecord.ContentPart), nameof(FieldIndexRecord.ContentField), valueMember.Member.Name);

        // The published list of one value ordered by title (see ContentSqlCompiler's page-from-index path).
        builder.HasIndex(
            [nameof(FieldIndexRecord.ContentPart), nameof(FieldIndexRecord.ContentField), valueMember.Member.Name,
                nameof(FieldIndexRecord.Published), nameof(FieldIndexRecord.ContentType), nameof(FieldIndexRecord.DisplayText)],
            $"IX_{table}_Published_Title");
    }

    /// <summary>The value columns the per-item index carries (the kind's main value; a point both coordinates).</summary>
    protected virtual string[] CoveredValues(string mainValue) => [mainValue];
}

internal sealed class TextFieldIndexConfiguration() : FieldIndexConfiguration<TextFieldIndexRecord>("TextFieldIndex", r => r.Value)
{
    public override void Configure(EntityTypeBuilder<TextFieldIndexRecord> builder)
    {
        base.Configure(builder);
        builder.Property(r => r.Value).HasMaxLength(766);
        builder.Property(r => r.NormalizedValue).HasMaxLength(766);
    }
}

internal sealed class HtmlFieldIndexConfiguration : IEntityTypeConfiguration<HtmlFieldIndexRecord>
{
    // Html is not filtered by equality, so it has no value index; contains scans NormalizedText of the rows a key selects.
    public void Configure(EntityTypeBuilder<HtmlFieldIndexRecord> builder)
    {
        builder.ToTable("HtmlFieldIndex");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ContentType).HasMaxLength(255).IsRequired();
        builder.Property(r => r.ContentPart).HasMaxLength(255).IsRequired();
        builder.Property(r => r.ContentField).HasMaxLength(255).IsRequired();
        builder.Property(r => r.DisplayText).HasMaxLength(766).IsRequired();
        builder.HasOne<ContentItemRecord>().WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.DocumentId);
        builder.HasIndex(r => new { r.ContentPart, r.ContentField });
    }
}

internal sealed class NumericFieldIndexConfiguration() : FieldIndexConfiguration<NumericFieldIndexRecord>("NumericFieldIndex", r => r.Value);

internal sealed class BooleanFieldIndexConfiguration() : FieldIndexConfiguration<BooleanFieldIndexRecord>("BooleanFieldIndex", r => r.Value);

internal sealed class DateFieldIndexConfiguration() : FieldIndexConfiguration<DateFieldIndexRecord>("DateFieldIndex", r => r.Value);

internal sealed class DateTimeFieldIndexConfiguration() : FieldIndexConfiguration<DateTimeFieldIndexRecord>("DateTimeFieldIndex", r => r.Value);

internal sealed class ContentPickerFieldIndexConfiguration() : FieldIndexConfiguration<ContentPickerFieldIndexRecord>("ContentPickerFieldIndex", r => r.SelectedContentItemId)
{
    public override void Configure(EntityTypeBuilder<ContentPickerFieldIndexRecord> builder)
    {
        base.Configure(builder);
        builder.Property(r => r.SelectedContentItemId).HasMaxLength(64);

        // "Which items point at X" (an entity's offers) looks up by the picked id alone.
        builder.HasIndex(r => r.SelectedContentItemId);
    }
}

internal sealed class TaxonomyFieldIndexConfiguration() : FieldIndexConfiguration<TaxonomyFieldIndexRecord>("TaxonomyFieldIndex", r => r.TermContentItemId)
{
    public override void Configure(EntityTypeBuilder<TaxonomyFieldIndexRecord> builder)
    {
        base.Configure(builder);
        builder.Property(r => r.TaxonomyContentItemId).HasMaxLength(64);
        builder.Property(r => r.TermContentItemId).HasMaxLength(64);
    }
}

internal sealed class LinkFieldIndexConfiguration() : FieldIndexConfiguration<LinkFieldIndexRecord>("LinkFieldIndex", r => r.Url)
{
    public override void Configure(EntityTypeBuilder<LinkFieldIndexRecord> builder)
    {
        base.Configure(builder);
        builder.Property(r => r.Url).HasMaxLength(766);
        builder.Property(r => r.Text).HasMaxLength(766);
    }
}

internal sealed class MediaFieldIndexConfiguration() : FieldIndexConfiguration<MediaFieldIndexRecord>("MediaFieldIndex", r => r.Path)
{
    public override void Configure(EntityTypeBuilder<MediaFieldIndexRecord> builder)
    {
        base.Configure(builder);
        builder.Property(r => r.Path).HasMaxLength(766);
    }
}

internal sealed class GeoPointFieldIndexConfiguration() : FieldIndexConfiguration<GeoPointFieldIndexRecord>("GeoPointFieldIndex", r => r.Latitude)
{
    public override void Configure(EntityTypeBuilder<GeoPointFieldIndexRecord> builder)
    {
        base.Configure(builder);

        // Place filters (within a box, near a point) are a latitude range of one field with the longitude and the version
        // read from the same index entry, so the box is answered from the index alone (see ContentSqlCompiler).
        builder.HasIndex(r => new { r.ContentPart, r.ContentField, r.Latitude, r.Longitude, r.DocumentId }, "IX_GeoPointFieldIndex_Box");
    }

    protected override string[] CoveredValues(string mainValue) => [nameof(GeoPointFieldIndexRecord.Latitude), nameof(GeoPointFieldIndexRecord.Longitude)];
}
