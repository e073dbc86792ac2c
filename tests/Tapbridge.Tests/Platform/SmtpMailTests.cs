using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Platform;

public sealed class SmtpApp : TapbridgeApp
{
    public SmtpApp()
        : base(Tapbridge.Platform.Data.DatabaseProvider.Sqlite)
    {
        Set("Mail:SmtpHost", "127.0.0.1");
        Set("Mail:SmtpPort", Sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Set("Mail:SmtpStartTls", "false");
    }

    public SmtpSink Sink { get; } = new();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Sink.DisposeAsync();
    }
}

public sealed class SmtpMailTests(SmtpApp app) : IClassFixture<SmtpApp>
{
    [Fact]
    public async Task With_an_smtp_host_configured_mail_is_sent_over_smtp_and_not_written_to_the_folder()
    {
        var email = await app.CreateStaffAsync(Roles.Finance);

        await app.Browser().SubmitAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });

        var sent = app.Sink.Messages.ShouldHaveSingleItem();
        sent.To.ShouldBe([email]);
        sent.Data.ShouldContain("Subject: Reset your Tapbridge password");
        sent.Data.ShouldContain("/account/reset-password?email=");
        Directory.Exists(app.MailFolder).ShouldBeFalse();
    }
}
