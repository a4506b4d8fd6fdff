using ScreenBoard.App.Commands;

namespace ScreenBoard.App.Features.Import;

/// <summary>How many units, tasks and milestones an import added or changed.</summary>
public sealed record ImportCounts(int Units, int Tasks, int Milestones)
{
    public static readonly ImportCounts None = new(0, 0, 0);
}

/// <summary>
/// What an import did: done with its counts, or refused with every problem (and nothing written).
/// A refusal without problems is the command's own (e.g. Forbidden): see <see cref="Result"/>.
/// </summary>
public sealed record ImportOutcome(CommandResult Result, ImportCounts Added, ImportCounts Changed, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Result.Succeeded;

    public static ImportOutcome Refused(IReadOnlyList<ImportProblem> problems) =>
        new(CommandResult.Invalid(ImportCommands.ProblemsKey), ImportCounts.None, ImportCounts.None, problems);
}
