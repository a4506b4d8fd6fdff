using ScreenBoard.Domain.Persistence;
using ScreenBoard.Domain.Scoring;

namespace ScreenBoard.Domain.Boards;

/// <summary>The one query every screen and the API use: the list scored on a date.</summary>
public sealed class BoardQueries(BoardFactsReader reader, ScoringRules rules)
{
    public ScoringRules Rules => rules;

    /// <summary>Every task row and unit row on the date; an empty board when there is no list for its year.</summary>
    public async Task<Board> ForAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var facts = await reader.ReadAsync(asOf, cancellationToken);
        return facts is null ? Board.Empty(asOf, rules) : BoardCalculator.Compute(facts, rules);
    }
}
