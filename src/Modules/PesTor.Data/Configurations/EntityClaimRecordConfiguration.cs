using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PesTor.Data.Records;
using PesTor.Users;

namespace PesTor.Data.Configurations;

internal sealed class EntityClaimRecordConfiguration : IEntityTypeConfiguration<EntityClaimRecord>
{
    public void Configure(EntityTypeBuilder<EntityClaimRecord> builder)
    {
        builder.ToTable("EntityClaims");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.UserId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.EntityContentItemId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.EntityName).HasMaxLength(500).IsRequired();
        builder.Property(r => r.Message).HasMaxLength(2000);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.DecidedBy).HasMaxLength(450);
        builder.Property(r => r.DecisionNote).HasMaxLength(2000);

        // The account's claims (its "Moje konto" page) and the editors' queue of pending claims, oldest first.
        builder.HasIndex(r => new { r.UserId, r.CreatedUtc });
        builder.HasIndex(r => new { r.Status, r.CreatedUtc });

        // The account is the claim's reason to exist: deleting the user deletes its claims.
        builder.HasOne<PesTorUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
