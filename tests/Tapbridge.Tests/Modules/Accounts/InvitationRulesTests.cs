using Tapbridge.Modules.Accounts.Invitations;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Tests.Modules.Accounts;

public sealed class InvitationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);
    private static readonly Actor Admin = new(Guid.NewGuid(), Guid.NewGuid(), OrganizationKind.Agency, "Admin", new HashSet<string> { Roles.Admin });
    private static readonly Actor Seller = new(Guid.NewGuid(), Guid.NewGuid(), OrganizationKind.Seller, "Seller", new HashSet<string> { Roles.Seller });
    private static readonly Actor Creator = new(Guid.NewGuid(), Guid.NewGuid(), OrganizationKind.Creator, "Creator", new HashSet<string> { Roles.Creator });

    [Fact]
    public void An_invitation_expires_after_seven_days()
    {
        var (invitation, _) = Invitation.Create(Admin, "a@agency.test", Roles.Finance, Now);

        invitation.StatusAt(Now.AddDays(7).AddSeconds(-1)).ShouldBe(InvitationStatus.Pending);
        invitation.StatusAt(Now.AddDays(7)).ShouldBe(InvitationStatus.Expired);
        Should.Throw<RuleViolationException>(() => invitation.Accept(Now.AddDays(8))).Message.ShouldContain("expired");
    }

    [Fact]
    public void A_withdrawn_invitation_cannot_be_accepted()
    {
        var (invitation, _) = Invitation.Create(Admin, "a@agency.test", Roles.Admin, Now);
        invitation.Revoke(Now.AddHours(1));

        Should.Throw<RuleViolationException>(() => invitation.Accept(Now.AddHours(2))).Message.ShouldContain("withdrawn");
    }

    [Fact]
    public void The_token_is_not_stored_only_its_hash()
    {
        var (invitation, token) = Invitation.Create(Admin, "a@agency.test", Roles.Admin, Now);

        invitation.TokenHash.ShouldNotBe(token);
        invitation.TokenHash.ShouldBe(Invitation.HashOf(token));
    }

    [Theory]
    [InlineData("not an email", "AccountManager", "email")]
    [InlineData("a@agency.test", "Creator", "role")]
    [InlineData("a@agency.test", "Seller", "role")]
    public void Bad_staff_invitations_name_the_field(string email, string role, string field)
    {
        Should.Throw<RuleViolationException>(() => Invitation.Create(Admin, email, role, Now)).Field.ShouldBe(field);
    }

    [Fact]
    public void An_invitation_joins_the_inviters_organization_and_sellers_invite_only_sellers()
    {
        var (invitation, _) = Invitation.Create(Seller, "colleague@brand.test", Roles.Seller, Now);

        (invitation.OrganizationKind, invitation.OrganizationId).ShouldBe((OrganizationKind.Seller, Seller.OrganizationId));
        Should.Throw<RuleViolationException>(() => Invitation.Create(Seller, "x@brand.test", Roles.Admin, Now)).Field.ShouldBe("role");
        Should.Throw<RuleViolationException>(() => Invitation.Create(Creator, "x@creator.test", Roles.Creator, Now)).Message.ShouldContain("one person");
    }
}
