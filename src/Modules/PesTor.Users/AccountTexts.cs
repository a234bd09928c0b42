namespace PesTor.Users;

/// <summary>
/// The account pages' texts for <c>IStringLocalizer&lt;AccountTexts&gt;</c>: the key is the Polish text, English is in
/// <c>Resources/AccountTexts.en.resx</c>.
/// </summary>
public sealed class AccountTexts;
