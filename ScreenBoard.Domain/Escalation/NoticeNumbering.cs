namespace ScreenBoard.Domain.Escalation;

/// <summary>A step of a notice: its date and the fix deadline its document gives.</summary>
public readonly record struct NumberedStep(int NoticeId, LadderStep Step, DateOnly On, DateOnly FixDeadline);

/// <summary>
/// Who gets which 文号: the steps without a number, in the order they were taken (date, then notice),
/// continue each (year, kind)'s count from the highest number already given. Numbers already stored
/// are never touched (docs/decisions/018).
/// </summary>
public static class NoticeNumbering
{
    /// <summary>
    /// Every step the notice reached, with the deadline its document gives: the current step's is the
    /// notice's fix deadline; a 黄色警告 followed by a 红牌 gave its terms' days from its date (what the sweep
    /// and the office's escalation give); a 限期整改单 that escalated gave, as far as the notice still tells,
    /// the day before its 黄色警告 (the sweep's dating, docs/decisions/014). Steps are numbered when they are
    /// taken, so the two earlier-step rules only serve notices from before numbering existed.
    /// </summary>
    public static IEnumerable<NumberedStep> StepsOf(RectificationNotice notice, LadderTerms terms)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(terms);
        yield return new(notice.Id, LadderStep.RectificationNotice, notice.IssuedOn, notice.YellowWarningOn is { } due ? Later(due.AddDays(-1), notice.IssuedOn) : notice.FixDeadline);
        if (notice.YellowWarningOn is { } yellow)
        {
            yield return new(notice.Id, LadderStep.YellowWarning, yellow, notice.RedCardOn is null ? notice.FixDeadline : yellow.AddDays(terms.YellowFixDays));
        }

        if (notice.RedCardOn is { } red)
        {
            yield return new(notice.Id, LadderStep.RedCard, red, notice.FixDeadline);
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
            numbers.Add(new NoticeNumber(step.NoticeId, step.Step, step.On.Year, number, step.FixDeadline, at));
        }

        return numbers;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
