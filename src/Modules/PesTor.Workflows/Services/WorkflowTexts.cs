using PesTor.Workflows.Models;

namespace PesTor.Workflows.Services;

/// <summary>Names editors read (Polish).</summary>
public static class WorkflowTexts
{
    public static string Event(string name) => name switch
    {
        WorkflowEvents.ContentCreated => "utworzenie elementu",
        WorkflowEvents.ContentUpdated => "zmiana elementu",
        WorkflowEvents.ContentPublished => "publikacja elementu",
        WorkflowEvents.ContentUnpublished => "wycofanie publikacji",
        WorkflowEvents.ContentRemoved => "usunięcie elementu",
        WorkflowEvents.Schedule => "harmonogram",
        _ => name,
    };

    public static string Operator(ConditionOperator op) => op switch
    {
        ConditionOperator.Eq => "równa się",
        ConditionOperator.NotEq => "różni się od",
        ConditionOperator.Contains => "zawiera",
        ConditionOperator.Empty => "jest puste",
        ConditionOperator.NotEmpty => "nie jest puste",
        ConditionOperator.Becomes => "zmienia się na",
        _ => op.ToString(),
    };

    public static string Status(WorkflowRunStatus status) => status == WorkflowRunStatus.Succeeded ? "zakończony" : "błąd";

    public static string Day(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "poniedziałek",
        DayOfWeek.Tuesday => "wtorek",
        DayOfWeek.Wednesday => "środa",
        DayOfWeek.Thursday => "czwartek",
        DayOfWeek.Friday => "piątek",
        DayOfWeek.Saturday => "sobota",
        _ => "niedziela",
    };

    public static string Trigger(WorkflowTrigger trigger)
    {
        var events = string.Join(", ", trigger.Events.Select(Event));
        if (trigger.Schedule is { } schedule && trigger.Events.Contains(WorkflowEvents.Schedule))
        {
            return schedule.Frequency == ScheduleFrequency.Daily ? $"codziennie o {schedule.Time} UTC" : $"co tydzień: {Day(schedule.DayOfWeek)} o {schedule.Time} UTC";
        }

        var types = trigger.ContentTypes.Count == 0 ? "dowolny typ" : string.Join(", ", trigger.ContentTypes);
        return $"{events} ({types})";
    }
}
