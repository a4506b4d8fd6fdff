namespace ScreenBoard.Domain.Auditing;

/// <summary>In which capacity an actor acts (docs/domain.md, "Who uses it").</summary>
public enum ActorRole
{
    /// <summary>The application itself: a job, the list-file loader, the command line.</summary>
    System = 0,

    /// <summary>督查室: everything.</summary>
    Office = 1,

    /// <summary>主管部门: reviews the reports of the units it is competent for.</summary>
    Reviewer = 2,

    /// <summary>责任单位: reports on its unit's tasks.</summary>
    Reporter = 3,

    /// <summary>市领导: reads, changes nothing.</summary>
    Leader = 4,

    /// <summary>A paired screen: shows its profile's boards.</summary>
    Device = 5,

    /// <summary>Another system with an API token.</summary>
    ApiClient = 6,

    /// <summary>Nobody signed in (e.g. a failed sign-in): may write nothing.</summary>
    Anonymous = 7,
}
