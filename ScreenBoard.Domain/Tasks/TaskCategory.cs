namespace ScreenBoard.Domain.Tasks;

/// <summary>The three kinds of key work the list sorts its items into.</summary>
public enum TaskCategory
{
    /// <summary>大事: big matters that move the whole.</summary>
    Major = 0,

    /// <summary>要事: important matters.</summary>
    Key = 1,

    /// <summary>实事: practical matters for the people.</summary>
    PeopleLivelihood = 2,
}
