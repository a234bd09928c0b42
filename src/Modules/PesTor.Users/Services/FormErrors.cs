namespace PesTor.Users.Services;

/// <summary>Messages by form field ("" for the form as a whole), in the order they were found.</summary>
public sealed class FormErrors
{
    private readonly List<(string Field, string Message)> _errors = [];

    public bool IsEmpty => _errors.Count == 0;

    public IReadOnlyList<(string Field, string Message)> All => _errors;

    public void Add(string field, string message) => _errors.Add((field, message));
}
