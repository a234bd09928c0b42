using PesTor.ContentManagement;
using PesTor.Indicators.Models;

namespace PesTor.Indicators.Services;

/// <summary>
/// A value entered by hand on the dashboard, with a note saying where it comes from (minutes, a letter, a report).
/// The content manager checks that the caller may edit and publish the indicator.
/// </summary>
public sealed class ManualIndicatorValues(IContentManager contents, IndicatorValueWriter writer)
{
    public const int MaxNoteLength = 1000;

    public async Task<ManualValueResult> SetAsync(string indicatorContentItemId, decimal? value, string? note, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (value is null)
        {
            errors["Value"] = IndicatorTexts.ValueRequired;
        }
        else if (value < 0 || value > 1_000_000_000m)
        {
            errors["Value"] = IndicatorTexts.ValueOutOfRange;
        }

        note = note?.Trim();
        if (string.IsNullOrEmpty(note))
        {
            errors["Note"] = IndicatorTexts.NoteRequired;
        }
        else if (note.Length > MaxNoteLength)
        {
            errors["Note"] = IndicatorTexts.NoteTooLong;
        }

        var indicator = await contents.GetAsync(indicatorContentItemId, VersionOptions.Latest, cancellationToken);
        if (indicator is null || indicator.ContentType != IndicatorNames.ContentType)
        {
            return ManualValueResult.NotFound;
        }

        if (IndicatorRule.Read(indicator).IsCount)
        {
            errors["Value"] = IndicatorTexts.CountedIndicator;
        }

        if (errors.Count > 0)
        {
            return new ManualValueResult(true, errors);
        }

        await writer.SetAsync(indicator, value!.Value, IndicatorValueSource.Manual, note, cancellationToken);
        return new ManualValueResult(true, errors);
    }
}

public sealed record ManualValueResult(bool Found, IReadOnlyDictionary<string, string> Errors)
{
    public static readonly ManualValueResult NotFound = new(false, new Dictionary<string, string>());

    public bool Succeeded => Found && Errors.Count == 0;
}
