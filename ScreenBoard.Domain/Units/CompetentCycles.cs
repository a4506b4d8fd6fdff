namespace ScreenBoard.Domain.Units;

/// <summary>
/// Units whose competent departments (主管部门) run in a circle: A reviewed by B, B by A (or longer).
/// The database cannot store such a circle and no report could ever be reviewed. The one rule for the
/// list file (every unit at once) and for the office's edit of one unit (<see cref="Unit.AssignReviewingUnit"/>).
/// </summary>
public static class CompetentCycles
{
    /// <summary>One circle: its units' codes in review order, starting at the first one given.</summary>
    public sealed record Cycle(int FirstIndex, IReadOnlyList<string> Codes)
    {
        /// <summary>"A → B → A", how a message shows the circle.</summary>
        public string Path => string.Join(" → ", Codes.Append(Codes[0]));
    }

    /// <summary>Every circle among <paramref name="units"/>: each unit's code and its competent department's code (or null).</summary>
    public static IReadOnlyList<Cycle> Find(IReadOnlyList<(string? Code, string? Competent)> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < units.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(units[i].Code))
            {
                index.TryAdd(units[i].Code!, i);
            }
        }

        var cycles = new List<Cycle>();
        var done = new HashSet<int>();
        for (var start = 0; start < units.Count; start++)
        {
            var path = new List<int>();
            int? at = start;
            while (at is { } i && !done.Contains(i))
            {
                if (path.IndexOf(i) is var from and >= 0)
                {
                    cycles.Add(ToCycle(path.Skip(from).ToList(), units));
                    break;
                }

                path.Add(i);
                at = units[i].Competent is { } competent && index.TryGetValue(competent, out var next) ? next : null;
            }

            done.UnionWith(path);
        }

        return cycles;
    }

    private static Cycle ToCycle(List<int> members, IReadOnlyList<(string? Code, string? Competent)> units)
    {
        var first = members.IndexOf(members.Min());
        var ordered = members.Skip(first).Concat(members.Take(first)).ToList();
        return new Cycle(ordered[0], ordered.Select(i => units[i].Code!).ToList());
    }
}
