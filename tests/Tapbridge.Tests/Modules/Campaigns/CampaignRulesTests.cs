using Tapbridge.Modules.Campaigns;
using Tapbridge.Platform;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Tests.Modules.Campaigns;

public sealed class CampaignRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

    private static CampaignTerms Terms(Action<CampaignTermsBuilder>? change = null)
    {
        var builder = new CampaignTermsBuilder();
        change?.Invoke(builder);
        return builder.Build();
    }

    [Fact]
    public void A_campaign_moves_from_ready_to_upcoming_to_ongoing_to_closed_with_time()
    {
        var campaign = Campaign.Create(Market.Philippines, Terms(), Now);

        campaign.StatusAt(Now.AddDays(10)).ShouldBe(CampaignStatus.Ready);
        campaign.Publish(0, Now);
        campaign.StatusAt(Now).ShouldBe(CampaignStatus.Upcoming);
        campaign.StatusAt(Now.AddDays(1)).ShouldBe(CampaignStatus.Ongoing);
        campaign.StatusAt(Now.AddDays(31)).ShouldBe(CampaignStatus.Closed);
        campaign.RegistrationOpenAt(Now.AddDays(2)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("name")]
    [InlineData("description")]
    [InlineData("commissionRate")]
    [InlineData("campaignEnd")]
    [InlineData("registrationEnd")]
    [InlineData("contactMessenger")]
    [InlineData("contactEmail")]
    [InlineData("targetShopCodes")]
    public void Each_tiktok_rule_names_its_field(string field)
    {
        var bad = Terms(b =>
        {
            switch (field)
            {
                case "name": b.Name = new string('x', 50); break;
                case "description": b.Description = new string('x', 1000); break;
                case "commissionRate": b.Rate = 8000; break;
                case "campaignEnd": b.CampaignDays = 361; break;
                case "registrationEnd": b.RegistrationDays = 0.5; break;
                case "contactMessenger": b.Messenger = " "; break;
                case "contactEmail": b.Email = "not-an-email"; break;
                case "targetShopCodes": b.Shops = Enumerable.Range(0, 100).Select(i => $"PHSHOP{i:000}").ToList(); break;
            }
        });

        Should.Throw<RuleViolationException>(() => Campaign.Create(Market.Philippines, bad, Now)).Field.ShouldBe(field);
    }

    [Theory]
    [InlineData(100, false)]
    [InlineData(101, true)]
    [InlineData(7999, true)]
    [InlineData(8000, false)]
    public void The_total_commission_is_more_than_1_and_less_than_80_percent(int rate, bool accepted)
    {
        var create = () => Campaign.Create(Market.Thailand, Terms(b => (b.Rate, b.Messenger) = (rate, "+66812345678")), Now);

        if (accepted)
        {
            create().CommissionRate.ShouldBe(rate);
        }
        else
        {
            Should.Throw<RuleViolationException>(create).Field.ShouldBe("commissionRate");
        }
    }

    [Fact]
    public void Start_times_are_frozen_once_ongoing_and_nothing_changes_once_closed()
    {
        var campaign = Campaign.Create(Market.Philippines, Terms(), Now);
        campaign.Publish(0, Now);
        var ongoing = Now.AddDays(2);

        Should.Throw<RuleViolationException>(() => campaign.Edit(Terms(b => b.StartInDays = 3), ongoing)).Field.ShouldBe("campaignStart");
        campaign.Edit(Terms(b => b.Name = "Renamed while ongoing"), ongoing);
        campaign.Name.ShouldBe("Renamed while ongoing");
        campaign.Close(ongoing);
        campaign.StatusAt(ongoing).ShouldBe(CampaignStatus.Closed);
        campaign.CampaignEnd.ShouldBe(ongoing);
        Should.Throw<RuleViolationException>(() => campaign.Edit(Terms(), ongoing.AddHours(1)));
        Should.Throw<RuleViolationException>(() => campaign.Close(ongoing.AddHours(1)));
    }

    [Fact]
    public void At_most_100_campaigns_are_published_in_a_market()
    {
        var campaign = Campaign.Create(Market.Philippines, Terms(), Now);

        Should.Throw<RuleViolationException>(() => campaign.Publish(100, Now)).Message.ShouldContain("100");
        campaign.Publish(99, Now);
        Should.Throw<RuleViolationException>(() => campaign.Publish(0, Now)).Message.ShouldContain("already published");
    }

    [Fact]
    public void Markets_without_a_required_messenger_accept_none()
    {
        var campaign = Campaign.Create(Market.UnitedStates, Terms(b => b.Messenger = null), Now);

        campaign.ContactMessenger.ShouldBeNull();
    }

    private sealed class CampaignTermsBuilder
    {
        public string Name { get; set; } = "12.12 Mega Sale";
        public string Description { get; set; } = "Year-end sale";
        public double StartInDays { get; set; } = 1;
        public double RegistrationDays { get; set; } = 30;
        public double CampaignDays { get; set; } = 30;
        public int Rate { get; set; } = 1500;
        public string Email { get; set; } = "tap@agency.test";
        public string? Messenger { get; set; } = "+639171234567";
        public List<string> Shops { get; set; } = [];

        public CampaignTerms Build() => new()
        {
            Name = Name,
            Description = Description,
            RegistrationStart = Now.AddDays(StartInDays),
            RegistrationEnd = Now.AddDays(StartInDays + RegistrationDays),
            CampaignStart = Now.AddDays(StartInDays),
            CampaignEnd = Now.AddDays(StartInDays + CampaignDays),
            CommissionRate = Rate,
            ContactEmail = Email,
            ContactMessenger = Messenger,
            TargetShopCodes = Shops,
        };
    }
}
