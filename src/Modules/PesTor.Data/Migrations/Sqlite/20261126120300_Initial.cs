using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PesTor.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContentItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentItemVersionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 766, nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Author = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    IndexedKinds = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Identifier = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BooleanFieldIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Value = table.Column<bool>(type: "INTEGER", nullable: true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentPart = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentField = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 766, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BooleanFieldIndex", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BooleanFieldIndex_ContentItems_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContentPickerFieldIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SelectedContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentPart = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentField = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 766, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentPickerFieldIndex", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContentPickerFieldIndex_ContentItems_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DateFieldIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Value = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentPart = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentField = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 766, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DateFieldIndex", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DateFieldIndex_ContentItems_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DateTimeFieldIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Value = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentPart = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentField = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 766, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DateTimeFieldIndex", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DateTimeFieldIndex_ContentItems_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GeoPointFieldIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentPart = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentField = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 766, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GeoPointFieldIndex", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GeoPointFieldIndex_ContentItems_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HtmlFieldIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Html = table.Column<string>(type: "TEXT", nullable: true),
                    NormalizedText = table.Column<string>(type: "TEXT", nullable: true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentPart = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentField = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 766, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HtmlFieldIndex", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HtmlFieldIndex_ContentItems_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LinkFieldIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 766, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 766, nullable: true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentPart = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentField = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 766, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkFieldIndex", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LinkFieldIndex_ContentItems_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediaFieldIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Path = table.Column<string>(type: "TEXT", maxLength: 766, nullable: true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentPart = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentField = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 766, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaFieldIndex", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediaFieldIndex_ContentItems_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NumericFieldIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Value = table.Column<double>(type: "REAL", nullable: true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentPart = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentField = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 766, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NumericFieldIndex", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NumericFieldIndex_ContentItems_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaxonomyFieldIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaxonomyContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TermContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentPart = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentField = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 766, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaxonomyFieldIndex", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaxonomyFieldIndex_ContentItems_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TextFieldIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Value = table.Column<string>(type: "TEXT", maxLength: 766, nullable: true),
                    NormalizedValue = table.Column<string>(type: "TEXT", maxLength: 766, nullable: true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentPart = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentField = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 766, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TextFieldIndex", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TextFieldIndex_ContentItems_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BooleanFieldIndex_ContentPart_ContentField_Value",
                table: "BooleanFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_BooleanFieldIndex_DocumentId",
                table: "BooleanFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_BooleanFieldIndex_Published_Title",
                table: "BooleanFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "Value", "Published", "ContentType", "DisplayText" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentItemId",
                table: "ContentItems",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentItemId_Latest",
                table: "ContentItems",
                column: "ContentItemId",
                unique: true,
                filter: "\"Latest\" = TRUE");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentItemId_Published",
                table: "ContentItems",
                column: "ContentItemId",
                unique: true,
                filter: "\"Published\" = TRUE");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentItemVersionId",
                table: "ContentItems",
                column: "ContentItemVersionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentType_Latest_DisplayText",
                table: "ContentItems",
                columns: new[] { "ContentType", "Latest", "DisplayText" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentType_Latest_ModifiedUtc",
                table: "ContentItems",
                columns: new[] { "ContentType", "Latest", "ModifiedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentType_Published_DisplayText",
                table: "ContentItems",
                columns: new[] { "ContentType", "Published", "DisplayText" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentType_Published_PublishedUtc",
                table: "ContentItems",
                columns: new[] { "ContentType", "Published", "PublishedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Owner_ContentType",
                table: "ContentItems",
                columns: new[] { "Owner", "ContentType" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentPickerFieldIndex_ContentPart_ContentField_SelectedContentItemId",
                table: "ContentPickerFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "SelectedContentItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentPickerFieldIndex_DocumentId",
                table: "ContentPickerFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ContentPickerFieldIndex_Published_Title",
                table: "ContentPickerFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "SelectedContentItemId", "Published", "ContentType", "DisplayText" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentPickerFieldIndex_SelectedContentItemId",
                table: "ContentPickerFieldIndex",
                column: "SelectedContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_DateFieldIndex_ContentPart_ContentField_Value",
                table: "DateFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_DateFieldIndex_DocumentId",
                table: "DateFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DateFieldIndex_Published_Title",
                table: "DateFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "Value", "Published", "ContentType", "DisplayText" });

            migrationBuilder.CreateIndex(
                name: "IX_DateTimeFieldIndex_ContentPart_ContentField_Value",
                table: "DateTimeFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_DateTimeFieldIndex_DocumentId",
                table: "DateTimeFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DateTimeFieldIndex_Published_Title",
                table: "DateTimeFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "Value", "Published", "ContentType", "DisplayText" });

            migrationBuilder.CreateIndex(
                name: "IX_GeoPointFieldIndex_ContentPart_ContentField_Latitude",
                table: "GeoPointFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "Latitude" });

            migrationBuilder.CreateIndex(
                name: "IX_GeoPointFieldIndex_DocumentId",
                table: "GeoPointFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_GeoPointFieldIndex_Latitude_Longitude",
                table: "GeoPointFieldIndex",
                columns: new[] { "Latitude", "Longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_GeoPointFieldIndex_Published_Title",
                table: "GeoPointFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "Latitude", "Published", "ContentType", "DisplayText" });

            migrationBuilder.CreateIndex(
                name: "IX_HtmlFieldIndex_ContentPart_ContentField",
                table: "HtmlFieldIndex",
                columns: new[] { "ContentPart", "ContentField" });

            migrationBuilder.CreateIndex(
                name: "IX_HtmlFieldIndex_DocumentId",
                table: "HtmlFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_LinkFieldIndex_ContentPart_ContentField_Url",
                table: "LinkFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "Url" });

            migrationBuilder.CreateIndex(
                name: "IX_LinkFieldIndex_DocumentId",
                table: "LinkFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_LinkFieldIndex_Published_Title",
                table: "LinkFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "Url", "Published", "ContentType", "DisplayText" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaFieldIndex_ContentPart_ContentField_Path",
                table: "MediaFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "Path" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaFieldIndex_DocumentId",
                table: "MediaFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_MediaFieldIndex_Published_Title",
                table: "MediaFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "Path", "Published", "ContentType", "DisplayText" });

            migrationBuilder.CreateIndex(
                name: "IX_NumericFieldIndex_ContentPart_ContentField_Value",
                table: "NumericFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_NumericFieldIndex_DocumentId",
                table: "NumericFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_NumericFieldIndex_Published_Title",
                table: "NumericFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "Value", "Published", "ContentType", "DisplayText" });

            migrationBuilder.CreateIndex(
                name: "IX_TaxonomyFieldIndex_ContentPart_ContentField_TermContentItemId",
                table: "TaxonomyFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "TermContentItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_TaxonomyFieldIndex_DocumentId",
                table: "TaxonomyFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_TaxonomyFieldIndex_Published_Title",
                table: "TaxonomyFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "TermContentItemId", "Published", "ContentType", "DisplayText" });

            migrationBuilder.CreateIndex(
                name: "IX_TextFieldIndex_ContentPart_ContentField_Value",
                table: "TextFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_TextFieldIndex_DocumentId",
                table: "TextFieldIndex",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_TextFieldIndex_Published_Title",
                table: "TextFieldIndex",
                columns: new[] { "ContentPart", "ContentField", "Value", "Published", "ContentType", "DisplayText" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "BooleanFieldIndex");

            migrationBuilder.DropTable(
                name: "ContentPickerFieldIndex");

            migrationBuilder.DropTable(
                name: "DateFieldIndex");

            migrationBuilder.DropTable(
                name: "DateTimeFieldIndex");

            migrationBuilder.DropTable(
                name: "Documents");

            migrationBuilder.DropTable(
                name: "GeoPointFieldIndex");

            migrationBuilder.DropTable(
                name: "HtmlFieldIndex");

            migrationBuilder.DropTable(
                name: "LinkFieldIndex");

            migrationBuilder.DropTable(
                name: "MediaFieldIndex");

            migrationBuilder.DropTable(
                name: "NumericFieldIndex");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "TaxonomyFieldIndex");

            migrationBuilder.DropTable(
                name: "TextFieldIndex");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "ContentItems");
        }
    }
}
