namespace PesTor.Workflows.Models;

/// <summary>
/// A workflow as data (stored in the "WorkflowTypes" document, seeded by the recipe step "Workflows", edited in the admin):
/// when <see cref="Trigger"/> fires and its conditions hold, the activities run in order.
/// </summary>
public sealed class WorkflowType
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public bool Enabled { get; set; } = true;

    /// <summary>Whether content events of a recipe import start it (off by default: a seeding recipe should not mail anyone).</summary>
    public bool TriggerOnImport { get; set; }

    public WorkflowTrigger Trigger { get; set; } = new();

    public List<WorkflowActivity> Activities { get; set; } = [];
}

public sealed class WorkflowTrigger
{
    /// <summary>Names from <see cref="WorkflowEvents"/>; "Schedule" alone for a scheduled workflow.</summary>
    public List<string> Events { get; set; } = [];

    /// <summary>Content types the events are about; empty for any type.</summary>
    public List<string> ContentTypes { get; set; } = [];

    /// <summary>All must hold.</summary>
    public List<WorkflowCondition> Conditions { get; set; } = [];

    public WorkflowSchedule? Schedule { get; set; }
}

public sealed class WorkflowCondition
{
    /// <summary>"Part.Field" (Need.RequesterType), or an item column: DisplayText, Owner, ContentType.</summary>
    public string Field { get; set; } = "";

    public ConditionOperator Operator { get; set; } = ConditionOperator.Eq;

    public string? Value { get; set; }
}

public enum ConditionOperator
{
    Eq,
    NotEq,
    Contains,
    Empty,
    NotEmpty,

    /// <summary>Equal now and not before: the previously published version had another value (or there was none).</summary>
    Becomes,
}

public sealed class WorkflowSchedule
{
    public ScheduleFrequency Frequency { get; set; } = ScheduleFrequency.Daily;

    /// <summary>For weekly schedules.</summary>
    public DayOfWeek DayOfWeek { get; set; } = DayOfWeek.Monday;

    /// <summary>Time of day, UTC, "HH:mm".</summary>
    public string Time { get; set; } = "06:00";
}

public enum ScheduleFrequency
{
    Daily,
    Weekly,
}

public sealed class WorkflowActivity
{
    /// <summary>An activity type name (<see cref="Activities.IWorkflowActivity.Type"/>).</summary>
    public string Type { get; set; } = "";

    public Dictionary<string, string> Settings { get; set; } = [];
}
