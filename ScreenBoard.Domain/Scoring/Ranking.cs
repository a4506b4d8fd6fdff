namespace ScreenBoard.Domain.Scoring;

/// <summary>比学赶超: ranks by score, high to low; equal scores share a rank and the next is skipped (1, 2, 2, 4).</summary>
public static class Ranking
{
    /// <returns>The rank of each key; keys with no score get none.</returns>
    public static IReadOnlyDictionary<TKey, int> Rank<TKey>(IEnumerable<(TKey Key, decimal? Score)> scores)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(scores);
        var ranked = scores.Where(s => s.Score is not null).OrderByDescending(s => s.Score).ToList();
        var ranks = new Dictionary<TKey, int>(ranked.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            ranks[ranked[i].Key] = i > 0 && ranked[i].Score == ranked[i - 1].Score ? ranks[ranked[i - 1].Key] : i + 1;
        }

        return ranks;
    }
}
