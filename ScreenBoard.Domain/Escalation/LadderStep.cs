namespace ScreenBoard.Domain.Escalation;

/// <summary>The escalation ladder (督查问责), in order.</summary>
public enum LadderStep
{
    /// <summary>限期整改单: fix by a deadline.</summary>
    RectificationNotice = 1,

    /// <summary>黄色警告 / 黄色交办单: the deadline passed without a fix.</summary>
    YellowWarning = 2,

    /// <summary>红牌: still not fixed; the discipline commission steps in.</summary>
    RedCard = 3,
}
