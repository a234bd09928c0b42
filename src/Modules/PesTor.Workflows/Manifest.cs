using PesTor.Modules;

[assembly: Module("PesTor.Workflows", "Workflows",
    Description = "Workflow types as data (trigger, conditions, ordered activities) started by content events or a schedule; runs recorded; e-mail, webhooks and notifications through durable jobs.",
    Dependencies = ["PesTor.Contents", "PesTor.Users", "PesTor.Email", "PesTor.Admin"])]
