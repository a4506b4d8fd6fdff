namespace ScreenBoard.Domain.Escalation;

/// <summary>A step of a notice that has a date and may need a 文号.</summary>
public readonly record struct NumberedStep(int NoticeId, LadderStep Step, DateOnly On);

/// <summary>
/// Who gets which 文号: the steps without a number, in the order they were taken (date, then notice),
/// continue each (year, kind)'s count from the highest number already given. Numbers already stored
/// are never touched (docs/decisions/018).
/// </summary>
public static class NoticeNumbering
{
    /// <summary>Every step a notice reached, with its date.</summary>
    public static IEnumerable<NumberedStep> StepsOf(int noticeId, DateOnly issuedOn, DateOnly? yellowWarningOn, DateOnly? redCardOn)
    {
        yield return new(noticeId, LadderStep.RectificationNotice, issuedOn);
        if (yellowWarningOn is { } yellow)
        {
            yield return new(noticeId, LadderStep.YellowWarning, yellow);
        }

        if (redCardOn is { } red)
        {
            yield return new(noticeId, LadderStep.RedCard, red);
        }
    }

    /// <summary>The numbers to store for <paramref name="unnumbered"/>.</summary>
    /// <param name="unnumbered">Steps that have no number yet.</param>
    /// <param name="highest">The highest number given so far per (year, step); missing means none.</param>
    /// <param name="at">When the numbers are assigned.</param>
    public static IReadOnlyList<NoticeNumber> Assign(
        IEnumerable<NumberedStep> unnumbered, IReadOnlyDictionary<(int Year, LadderStep Step), int> highest, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(unnumbered);
        ArgumentNullException.ThrowIfNull(highest);
        var next = new Dictionary<(int Year, LadderStep Step), int>(highest);
        var numbers = new List<NoticeNumber>();
        foreach (var step in unnumbered.OrderBy(s => s.On).ThenBy(s => s.NoticeId).ThenBy(s => s.Step))
        {
            var key = (step.On.Year, step.Step);
            var number = next.GetValueOrDefault(key) + 1;
            next[key] = number;
            numbers.Add(new NoticeNumber(step.NoticeId, step.Step, step.On.Year, number, at));
        }

        return numbers;
    }
}
