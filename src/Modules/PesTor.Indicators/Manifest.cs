using PesTor.Modules;

[assembly: Module("PesTor.Indicators", "Indicators",
    Description = "The program's indicators: recounts through the content query, a history of values, manual values with notes, the dashboard, the annual report and the public progress chart.",
    Dependencies = ["PesTor.Contents", "PesTor.Admin"])]
