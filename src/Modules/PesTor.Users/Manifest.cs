using PesTor.Modules;

[assembly: Module("PesTor.Users", "Users",
    Description = "Accounts with ASP.NET Core Identity, cookie sign-in, and the permissions roles grant.",
    Dependencies = ["PesTor.Data"])]
