namespace PesTor.Theme.Program;

/// <summary>The social clauses register's filters, from the query string: year applied, department (part of its name), procedure.</summary>
public sealed record ClauseFilter(int? Year, string? Department, string? Procedure)
{
    public const string YearKey = "rok";
    public const string DepartmentKey = "wydzial";
    public const string ProcedureKey = "tryb";

    public static ClauseFilter From(Microsoft.AspNetCore.Http.IQueryCollection query) => new(
        int.TryParse(query[YearKey], out var year) && year is >= 1990 and <= 2100 ? year : null,
        query[DepartmentKey].ToString().Trim() is { Length: > 0 } department ? department : null,
        query[ProcedureKey].ToString().Trim() is { Length: > 0 } procedure ? procedure : null);

    public string QueryString()
    {
        var parts = new List<string>();
        if (Year is { } year)
        {
            parts.Add($"{YearKey}={year}");
        }

        if (Department is { } department)
        {
            parts.Add($"{DepartmentKey}={Uri.EscapeDataString(department)}");
        }

        if (Procedure is { } procedure)
        {
            parts.Add($"{ProcedureKey}={Uri.EscapeDataString(procedure)}");
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
