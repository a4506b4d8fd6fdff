namespace ScreenBoard.Domain.Seeding;

/// <summary>
/// Units of a list file whose competent departments (主管部门) run in a circle: A reviewed by B, B by A
/// (or longer). The database cannot store such a circle and no report could ever be reviewed.
/// </summary>
public static class SeedCompetentCycles
{
    /// <summary>One circle: its units' codes in review order, starting at the first one in the file.</summary>
    public sealed record Cycle(int FirstIndex, IReadOnlyList<string> Codes);

    public static IReadOnlyList<Cycle> Find(IReadOnlyList<SeedUnit> units)
    {
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

    private static Cycle ToCycle(List<int> members, IReadOnlyList<SeedUnit> units)
    {
        var first = members.IndexOf(members.Min());
        var ordered = members.Skip(first).Concat(members.Take(first)).ToList();
        return new Cycle(ordered[0], ordered.Select(i => units[i].Code!).ToList());
    }
}
