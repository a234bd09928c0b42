using PesTor.Workflows.Models;

namespace PesTor.Workflows.Pages.Admin;

/// <summary>The editor's form: a workflow type as posted fields (conditions in a fixed number of rows, empty rows ignored).</summary>
public sealed class WorkflowInput
{
    public const int ConditionRows = 3;

    public string? Id { get; set; }

    public string? Name { get; set; }

    public bool Enabled { get; set; } = true;

    public bool TriggerOnImport { get; set; }

    public List<string> Events { get; set; } = [];

    public List<string> ContentTypes { get; set; } = [];

    public List<WorkflowCondition> Conditions { get; set; } = [];

    public ScheduleFrequency Frequency { get; set; }

    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    public string? Time { get; set; } = "06:00";

    public List<ActivityInput> Activities { get; set; } = [];

    /// <summary>The activity type chosen in "add an activity".</summary>
    public string? NewActivityType { get; set; }

    public static WorkflowInput From(WorkflowType type) => new()
    {
        Id = type.Id,
        Name = type.Name,
        Enabled = type.Enabled,
        TriggerOnImport = type.TriggerOnImport,
        Events = [.. type.Trigger.Events],
        ContentTypes = [.. type.Trigger.ContentTypes],
        Conditions = [.. type.Trigger.Conditions],
        Frequency = type.Trigger.Schedule?.Frequency ?? ScheduleFrequency.Daily,
        Day = type.Trigger.Schedule?.DayOfWeek ?? DayOfWeek.Monday,
        Time = type.Trigger.Schedule?.Time ?? "06:00",
        Activities = type.Activities.Select(a => new ActivityInput { Type = a.Type, Settings = new(a.Settings) }).ToList(),
    };

    public WorkflowType ToType() => new()
    {
        Id = Id?.Trim() ?? "",
        Name = Name?.Trim() ?? "",
        Enabled = Enabled,
        TriggerOnImport = TriggerOnImport,
        Trigger = new WorkflowTrigger
        {
            Events = [.. Events.Distinct()],
            ContentTypes = [.. ContentTypes.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct()],
            Conditions = Conditions.Where(c => !string.IsNullOrWhiteSpace(c.Field)).Select(c => new WorkflowCondition { Field = c.Field.Trim(), Operator = c.Operator, Value = c.Value?.Trim() }).ToList(),
            Schedule = Events.Contains(WorkflowEvents.Schedule) ? new WorkflowSchedule { Frequency = Frequency, DayOfWeek = Day, Time = Time?.Trim() ?? "" } : null,
        },
        Activities = Activities.Select(a => new WorkflowActivity
        {
            Type = a.Type,
            Settings = a.Settings.Where(s => !string.IsNullOrWhiteSpace(s.Value)).ToDictionary(s => s.Key, s => s.Value.Trim()),
        }).ToList(),
    };
}

public sealed class ActivityInput
{
    public string Type { get; set; } = "";

    public Dictionary<string, string> Settings { get; set; } = [];
}
