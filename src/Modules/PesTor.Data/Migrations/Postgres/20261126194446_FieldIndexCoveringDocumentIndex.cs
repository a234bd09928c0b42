using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PesTor.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FieldIndexCoveringDocumentIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TextFieldIndex_DocumentId",
                table: "TextFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_TaxonomyFieldIndex_DocumentId",
                table: "TaxonomyFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_NumericFieldIndex_DocumentId",
                table: "NumericFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_MediaFieldIndex_DocumentId",
                table: "MediaFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_LinkFieldIndex_DocumentId",
                table: "LinkFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_GeoPointFieldIndex_DocumentId",
                table: "GeoPointFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_DateTimeFieldIndex_DocumentId",
                table: "DateTimeFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_DateFieldIndex_DocumentId",
                table: "DateFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContentPickerFieldIndex_DocumentId",
                table: "ContentPickerFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_BooleanFieldIndex_DocumentId",
                table: "BooleanFieldIndex");

            migrationBuilder.CreateIndex(
                name: "IX_TextFieldIndex_DocumentId_Values",
                table: "TextFieldIndex",
                columns: new[] { "DocumentId", "ContentPart", "ContentField", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_TaxonomyFieldIndex_DocumentId_Values",
                table: "TaxonomyFieldIndex",
                columns: new[] { "DocumentId", "ContentPart", "ContentField", "TermContentItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_NumericFieldIndex_DocumentId_Values",
                table: "NumericFieldIndex",
                columns: new[] { "DocumentId", "ContentPart", "ContentField", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaFieldIndex_DocumentId_Values",
                table: "MediaFieldIndex",
                columns: new[] { "DocumentId", "ContentPart", "ContentField", "Path" });

            migrationBuilder.CreateIndex(
                name: "IX_LinkFieldIndex_DocumentId_Values",
                table: "LinkFieldIndex",
                columns: new[] { "DocumentId", "ContentPart", "ContentField", "Url" });

            migrationBuilder.CreateIndex(
                name: "IX_GeoPointFieldIndex_DocumentId_Values",
                table: "GeoPointFieldIndex",
                columns: new[] { "DocumentId", "ContentPart", "ContentField", "Latitude", "Longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_DateTimeFieldIndex_DocumentId_Values",
                table: "DateTimeFieldIndex",
                columns: new[] { "DocumentId", "ContentPart", "ContentField", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_DateFieldIndex_DocumentId_Values",
                table: "DateFieldIndex",
                columns: new[] { "DocumentId", "ContentPart", "ContentField", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentPickerFieldIndex_DocumentId_Values",
                table: "ContentPickerFieldIndex",
                columns: new[] { "DocumentId", "ContentPart", "ContentField", "SelectedContentItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_BooleanFieldIndex_DocumentId_Values",
                table: "BooleanFieldIndex",
                columns: new[] { "DocumentId", "ContentPart", "ContentField", "Value" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TextFieldIndex_DocumentId_Values",
                table: "TextFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_TaxonomyFieldIndex_DocumentId_Values",
                table: "TaxonomyFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_NumericFieldIndex_DocumentId_Values",
                table: "NumericFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_MediaFieldIndex_DocumentId_Values",
                table: "MediaFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_LinkFieldIndex_DocumentId_Values",
                table: "LinkFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_GeoPointFieldIndex_DocumentId_Values",
                table: "GeoPointFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_DateTimeFieldIndex_DocumentId_Values",
                table: "DateTimeFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_DateFieldIndex_DocumentId_Values",
                table: "DateFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContentPickerFieldIndex_DocumentId_Values",
                table: "ContentPickerFieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_BooleanFieldIndex_DocumentId_Values",
                table: "BooleanFieldIndex");

            migrationBuilder.CreateIndex(
                name: "IX_TextFieldIndex_DocumentId",
                table: "TextFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_TaxonomyFieldIndex_DocumentId",
                table: "TaxonomyFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_NumericFieldIndex_DocumentId",
                table: "NumericFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_MediaFieldIndex_DocumentId",
                table: "MediaFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_LinkFieldIndex_DocumentId",
                table: "LinkFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_GeoPointFieldIndex_DocumentId",
                table: "GeoPointFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DateTimeFieldIndex_DocumentId",
                table: "DateTimeFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DateFieldIndex_DocumentId",
                table: "DateFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ContentPickerFieldIndex_DocumentId",
                table: "ContentPickerFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_BooleanFieldIndex_DocumentId",
                table: "BooleanFieldIndex",
                column: "DocumentId");
        }
    }
}
