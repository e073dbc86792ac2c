using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Connections;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;
using TikTokShopSandbox;
using CampaignStatus = Tapbridge.Modules.Campaigns.CampaignStatus;

namespace Tapbridge.Tests.Modules.Campaigns;

/// <summary>With the market connected, every campaign action reaches TikTok (the sandbox) and TikTok's refusals stop it.</summary>
public sealed class ConnectedCampaignTests(ClockedApp app) : IClassFixture<ClockedApp>, IAsyncLifetime
{
    private static readonly Actor Manager = new(Guid.NewGuid(), Guid.Empty, OrganizationKind.Agency, "Paolo Reyes", new HashSet<string> { Roles.AccountManager });
    private SandboxHost? sandbox;

    public ValueTask InitializeAsync() => ConnectToNewSandboxAsync();

    /// <summary>A fresh sandbox is a TikTok that has forgotten everything Tapbridge sent it.</summary>
    private async ValueTask ConnectToNewSandboxAsync()
    {
        if (sandbox is not null)
        {
            await sandbox.DisposeAsync();
        }

        sandbox = await SandboxHost.StartAsync(new SandboxOptions { AppKey = "campaign-app", AppSecret = "campaign-secret", Start = app.Time.Now });
        await using var scope = app.Scope();
        await scope.ConnectAsync(sandbox);
    }

    private CampaignTerms Terms(string name) => new()
    {
        Name = name,
        Description = "Connected campaign",
        RegistrationStart = app.Time.Now.AddDays(1),
        RegistrationEnd = app.Time.Now.AddDays(20),
        CampaignStart = app.Time.Now.AddDays(1),
        CampaignEnd = app.Time.Now.AddDays(30),
        CommissionRate = 1500,
        ContactEmail = "tap@agency.test",
        ContactMessenger = "+639171234567",
    };

    [Fact]
    public async Task Create_publish_edit_and_close_are_mirrored_in_tiktok()
    {
        await using var scope = app.Scope();
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var partner = (await scope.ServiceProvider.GetRequiredService<PartnerConnection>().ForMarketAsync("PH", CancellationToken.None))!;

        var created = await campaigns.CreateAsync(Manager, "PH", Terms("Mirrored"), CancellationToken.None);
        created.TikTokCampaignId.ShouldNotBeNull();
        await campaigns.PublishAsync(Manager, created.Id, CancellationToken.None);
        await campaigns.EditAsync(Manager, created.Id, Terms("Mirrored and renamed") with { CommissionRate = 1800 }, CancellationToken.None);

        var onTikTok = await partner.GetCampaignAsync(created.TikTokCampaignId!, CancellationToken.None);
        (onTikTok.Name, onTikTok.CommissionRate, onTikTok.Status, onTikTok.Region).ShouldBe(("Mirrored and renamed", 1800, Tapbridge.TikTokShop.Partner.CampaignStatus.Upcoming, "PH"));
        onTikTok.ContactInfo!.Viber.ShouldBe("+639171234567");

        await sandbox!.AdvanceAsync(TimeSpan.FromDays(2));
        app.Time.Now += TimeSpan.FromDays(2);
        var closed = await campaigns.CloseAsync(Manager, created.Id, CancellationToken.None);
        closed.Status.ShouldBe(CampaignStatus.Closed);
        (await partner.GetCampaignAsync(created.TikTokCampaignId!, CancellationToken.None)).CampaignEndTime.ShouldBe(app.Time.Now);
    }

    [Fact]
    public async Task When_tiktok_refuses_nothing_is_saved_and_its_reason_is_shown()
    {
        await using var scope = app.Scope();
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var name = $"Unknown shop {Guid.NewGuid():N}"[..24];

        var refusal = await Should.ThrowAsync<Tapbridge.Platform.RuleViolationException>(() =>
            campaigns.CreateAsync(Manager, "PH", Terms(name) with { TargetShopCodes = ["PHNOSUCHSHOP1"] }, CancellationToken.None));

        refusal.Message.ShouldContain("TikTok Shop refused");
        refusal.Message.ShouldContain("16032004");
        (await campaigns.ListAsync("PH", null, CancellationToken.None)).ShouldNotContain(c => c.Name == name);
    }

    [Fact]
    public async Task A_campaign_tiktok_has_lost_is_sent_again_and_one_it_has_is_not_duplicated()
    {
        await using var scope = app.Scope();
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var created = await campaigns.CreateAsync(Manager, "PH", Terms("Resend me"), CancellationToken.None);
        await campaigns.PublishAsync(Manager, created.Id, CancellationToken.None);

        (await Should.ThrowAsync<Tapbridge.Platform.RuleViolationException>(() => campaigns.SendToTikTokAsync(Manager, created.Id, CancellationToken.None)))
            .Message.ShouldContain("already has");
        app.Time.Now += TimeSpan.FromMinutes(1);
        await ConnectToNewSandboxAsync();
        var resent = await campaigns.SendToTikTokAsync(Manager, created.Id, CancellationToken.None);

        resent.TikTokCampaignId.ShouldNotBeNull();
        var partner = (await scope.ServiceProvider.GetRequiredService<PartnerConnection>().ForMarketAsync("PH", CancellationToken.None))!;
        (await partner.GetCampaignAsync(resent.TikTokCampaignId!, CancellationToken.None)).Status.ShouldBe(Tapbridge.TikTokShop.Partner.CampaignStatus.Upcoming);
        (await campaigns.GetAsync(created.Id, CancellationToken.None)).History[0].Action.ShouldBe("Sent to TikTok");
    }

    public async ValueTask DisposeAsync()
    {
        if (sandbox is not null)
        {
            await sandbox.DisposeAsync();
        }
    }
}
