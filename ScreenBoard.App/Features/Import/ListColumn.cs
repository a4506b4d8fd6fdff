namespace ScreenBoard.App.Features.Import;

/// <summary>One column of the list workbook: the list file's field name, the Chinese header, and what the 说明 sheet says of it.</summary>
public sealed record ListColumn(string Field, string Header, bool Required, string Explanation);
