namespace PesTor.Indicators.Models;

/// <summary>A field named as "Part.Field" (Training.Scope, EventPart.StartDate).</summary>
public sealed record FieldPath(string Part, string Field)
{
    public static FieldPath? Parse(string? text)
    {
        var dot = text?.IndexOf('.') ?? -1;
        return dot > 0 && dot < text!.Length - 1 ? new FieldPath(text[..dot], text[(dot + 1)..]) : null;
    }

    public override string ToString() => $"{Part}.{Field}";
}
