using PesTor.ContentManagement;
using PesTor.Workflows.Models;

namespace PesTor.Workflows.Services;

/// <summary>Decides whether an item (and, for "Becomes", its previously published version) satisfies a trigger's conditions.</summary>
public static class ConditionEvaluator
{
    public static bool Matches(IReadOnlyList<WorkflowCondition> conditions, ContentItem item, ContentItem? previous) =>
        conditions.All(c => Matches(c, item, previous));

    private static bool Matches(WorkflowCondition condition, ContentItem item, ContentItem? previous)
    {
        var values = ContentValues.Read(item, condition.Field);
        var wanted = condition.Value ?? "";
        return condition.Operator switch
        {
            ConditionOperator.Eq => values.Any(v => Same(v, wanted)),
            ConditionOperator.NotEq => !values.Any(v => Same(v, wanted)),
            ConditionOperator.Contains => values.Any(v => v.Contains(wanted, StringComparison.OrdinalIgnoreCase)),
            ConditionOperator.Empty => values.All(string.IsNullOrWhiteSpace),
            ConditionOperator.NotEmpty => values.Any(v => !string.IsNullOrWhiteSpace(v)),
            ConditionOperator.Becomes => values.Any(v => Same(v, wanted))
                && (previous is null || !ContentValues.Read(previous, condition.Field).Any(v => Same(v, wanted))),
            _ => false,
        };
    }

    private static bool Same(string value, string wanted) => string.Equals(value, wanted, StringComparison.OrdinalIgnoreCase);
}
