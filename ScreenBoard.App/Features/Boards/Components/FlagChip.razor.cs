using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.App.Features.Boards.Components;

/// <summary>A flag (挂旗): always its label and its icon, in the legend's colour, never colour alone.</summary>
public partial class FlagChip
{
    private static readonly ConcurrentDictionary<string, string> IconCache = new();

    /// <summary>The status whose flag is shown.</summary>
    [Parameter, EditorRequired] public ProgressStatus Status { get; set; }

    /// <summary>Smaller, for dense lists.</summary>
    [Parameter] public bool Compact { get; set; }

    [Inject] private FlagLegend Legend { get; set; } = null!;

    private FlagStyle Style => Legend[Status];

    private MarkupString IconMarkup => new(IconOf(Style.Icon));

    /// <summary>A Material icon by its name ("flag", "hourglass_empty"); the flag when the name is unknown.</summary>
    internal static string IconOf(string name) => IconCache.GetOrAdd(name, n =>
    {
        var pascal = string.Concat(n.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        var field = typeof(Icons.Material.Filled).GetField(pascal, BindingFlags.Public | BindingFlags.Static);
        return field?.GetValue(null) as string ?? Icons.Material.Filled.Flag;
    });
}
