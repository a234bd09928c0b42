using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PesTor.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GeoPointBoxIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GeoPointFieldIndex_Latitude_Longitude",
                table: "GeoPointFieldIndex");

            migrationBuilder.CreateIndex(
                name: "IX_GeoPointFieldIndex_Box",
                table: "GeoPointFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "Latitude", "Longitude", "DocumentId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GeoPointFieldIndex_Box",
                table: "GeoPointFieldIndex");

            migrationBuilder.CreateIndex(
                name: "IX_GeoPointFieldIndex_Latitude_Longitude",
                table: "GeoPointFieldIndex",
                columns: new[] { "Latitude", "Longitude" });
        }
    }
}
