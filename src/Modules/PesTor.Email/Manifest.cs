using PesTor.Modules;

[assembly: Module("PesTor.Email", "E-mail",
    Description = "Sends e-mail through SMTP (MailKit) with the settings kept in the site settings or configuration.",
    Dependencies = ["PesTor.Data"])]
