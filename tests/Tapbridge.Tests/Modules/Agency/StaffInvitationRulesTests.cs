using Tapbridge.Modules.Agency.Staff;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Tests.Modules.Agency;

public sealed class StaffInvitationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_invitation_expires_after_seven_days()
    {
        var (invitation, _) = StaffInvitation.Create("a@agency.test", Roles.Finance, Guid.NewGuid(), Now);

        invitation.StatusAt(Now.AddDays(7).AddSeconds(-1)).ShouldBe(InvitationStatus.Pending);
        invitation.StatusAt(Now.AddDays(7)).ShouldBe(InvitationStatus.Expired);
        Should.Throw<RuleViolationException>(() => invitation.Accept(Now.AddDays(8))).Message.ShouldContain("expired");
    }

    [Fact]
    public void A_withdrawn_invitation_cannot_be_accepted()
    {
        var (invitation, _) = StaffInvitation.Create("a@agency.test", Roles.Admin, Guid.NewGuid(), Now);
        invitation.Revoke(Now.AddHours(1));

        Should.Throw<RuleViolationException>(() => invitation.Accept(Now.AddHours(2))).Message.ShouldContain("withdrawn");
    }

    [Fact]
    public void The_token_is_not_stored_only_its_hash()
    {
        var (invitation, token) = StaffInvitation.Create("a@agency.test", Roles.Admin, Guid.NewGuid(), Now);

        invitation.TokenHash.ShouldNotBe(token);
        invitation.TokenHash.ShouldBe(StaffInvitation.HashOf(token));
    }

    [Theory]
    [InlineData("not an email", "AccountManager", "email")]
    [InlineData("a@agency.test", "Creator", "role")]
    public void Bad_invitations_name_the_field(string email, string role, string field)
    {
        Should.Throw<RuleViolationException>(() => StaffInvitation.Create(email, role, Guid.NewGuid(), Now)).Field.ShouldBe(field);
    }
}
