using Microsoft.AspNetCore.Identity;
using ScreenBoard.Domain.Auditing;

namespace ScreenBoard.App.Features.Accounts;

/// <summary>A person's account: who they are, in which capacity they act and for which unit.</summary>
public sealed class ScreenBoardUser : IdentityUser
{
    /// <summary>The name people read (e.g. 督查室, 青石镇 张三).</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Office, Reviewer, Reporter or Leader.</summary>
    public ActorRole Role { get; set; }

    /// <summary>The domain unit a Reviewer or Reporter is bound to; null for Office and Leader.</summary>
    public int? UnitId { get; set; }

    /// <summary>A disabled account cannot sign in, and its open sessions end at the next revalidation.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set for a new account or a reset password: every page leads to change-password until done.</summary>
    public bool MustChangePassword { get; set; }
}
