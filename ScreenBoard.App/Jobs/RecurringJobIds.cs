namespace ScreenBoard.App.Jobs;

/// <summary>Stable ids of the recurring jobs (Hangfire keys its schedule by them).</summary>
public static class RecurringJobIds
{
    public const string QuarterlyScores = "quarterly-scores";

    /// <summary>02:00 on the first day of each quarter, in the office's time zone.</summary>
    public const string QuarterlyScoresCron = "0 2 1 1,4,7,10 *";

    public const string Chasing = "chasing";

    /// <summary>08:30 every day, in the office's time zone: units find their 催办 at the start of the working day.</summary>
    public const string ChasingCron = "30 8 * * *";

    /// <summary>The escalation ladder's daily sweep (docs/decisions/014).</summary>
    public const string EscalationSweep = "escalation-sweep";

    /// <summary>01:30 every day, in the office's time zone.</summary>
    public const string EscalationSweepCron = "30 1 * * *";

    /// <summary>周通报: the week before, kept once (Features/Documents).</summary>
    public const string WeeklyBulletin = "weekly-bulletin";

    /// <summary>06:00 every Monday, in the office's time zone.</summary>
    public const string WeeklyBulletinCron = "0 6 * * 1";
}
