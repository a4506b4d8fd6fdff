using ScreenBoard.Domain.Boards;
using ScreenBoard.Domain.Persistence;

namespace ScreenBoard.App.Features.Boards;

/// <summary>A task's drill-down for the pages and the kiosk, so components never reach into persistence.</summary>
public sealed class TaskDetailQueries(BoardDetailReader details)
{
    /// <summary>The task with this code in the list of the date's year; null when there is none.</summary>
    public Task<TaskDetail?> ForAsync(string code, DateOnly asOf, CancellationToken cancellationToken = default) =>
        details.TaskAsync(code, asOf, cancellationToken);
}
