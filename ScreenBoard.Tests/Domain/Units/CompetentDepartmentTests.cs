using ScreenBoard.Domain.Common;
using ScreenBoard.Domain.Units;
using ScreenBoard.Tests.TestSupport;

namespace ScreenBoard.Tests.Domain.Units;

/// <summary>A unit's competent department (主管部门): never itself, never a circle, the same rule as the list file's.</summary>
public sealed class CompetentDepartmentTests
{
    [Fact]
    public void AChainWithoutACircle_IsAccepted()
    {
        var (a, b, c) = (Build.Unit("A"), Build.Unit("B"), Build.Unit("C"));
        b.AssignReviewingUnit(c);

        a.AssignReviewingUnit(b);

        Assert.Same(b, a.ReviewingUnit);
    }

    [Fact]
    public void ClosingACircle_IsRefused_NamingIt_AndNothingChanges()
    {
        var (a, b, c) = (Build.Unit("A"), Build.Unit("B"), Build.Unit("C"));
        b.AssignReviewingUnit(c);
        c.AssignReviewingUnit(a);

        var refused = Assert.Throws<DomainException>(() => a.AssignReviewingUnit(b));

        Assert.Equal(("Unit.CompetentCycle", "A → B → C → A"), (refused.Key, refused.Arguments[1]));
        Assert.Null(a.ReviewingUnit);
    }

    [Fact]
    public void ReviewingItself_IsRefused()
    {
        var a = Build.Unit("A");

        var refused = Assert.Throws<DomainException>(() => a.AssignReviewingUnit(a));

        Assert.Equal("Unit.OwnCompetentDepartment", refused.Key);
    }

    [Fact]
    public void TheListFilesCircles_AreFoundByTheSameRule()
    {
        var cycles = CompetentCycles.Find([("A", "B"), ("B", "A"), ("C", null)]);

        Assert.Equal("A → B → A", Assert.Single(cycles).Path);
    }
}
