namespace PesTor.Theme.Program;

/// <summary>One social clause as the register (table and CSV) shows it, every value already in the visitor's words.</summary>
public sealed record ClauseRow(
    string Subject,
    string Procedure,
    string Department,
    string LegalBasis,
    string ClauseType,
    string TargetGroup,
    decimal? RequiredPersons,
    DateOnly? AppliedOn,
    decimal? Value,
    string Contractor);
