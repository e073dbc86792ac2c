using System.Net;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Accounts;

public abstract class PasswordResetTests(TapbridgeApp fixture) : AppTests(fixture)
{
    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_mailed_link()
    {
        var email = await App.CreateStaffAsync(Roles.AccountManager);
        var client = App.Browser();
        var asked = await client.SubmitAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        (await asked.TextAsync()).ShouldContain("we have sent it a link");

        var link = App.LatestTo(email).LinkPath();
        link.ShouldStartWith("/account/reset-password?");
        const string newPassword = "a brand new passphrase for tapbridge";
        var reset = await client.SubmitAsync(link, "reset-password", new Dictionary<string, string>
        {
            ["Input.Password"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        });
        (await reset.TextAsync()).ShouldContain("Your password is changed");

        await App.SignInAsync(email, newPassword);
        var old = await App.Browser().SubmitAsync("/account/signin", "signin", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Actors.Password });
        old.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_reset_link_works_once()
    {
        var email = await App.CreateStaffAsync(Roles.Finance);
        var client = App.Browser();
        await client.SubmitAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        var link = App.LatestTo(email).LinkPath();
        var fields = new Dictionary<string, string> { ["Input.Password"] = "first new passphrase here", ["Input.ConfirmPassword"] = "first new passphrase here" };
        await client.SubmitAsync(link, "reset-password", fields);

        var again = await client.SubmitAsync(link, "reset-password", new Dictionary<string, string> { ["Input.Password"] = "second new passphrase!!", ["Input.ConfirmPassword"] = "second new passphrase!!" });

        (await again.TextAsync()).ShouldContain("expired or was already used");
        await App.SignInAsync(email, "first new passphrase here");
    }

    [Fact]
    public async Task Asking_for_an_unknown_email_answers_the_same_and_sends_nothing()
    {
        var response = await App.Browser().SubmitAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = "nobody@nowhere.test" });

        (await response.TextAsync()).ShouldContain("we have sent it a link");
        Should.Throw<ShouldAssertException>(() => App.LatestTo("nobody@nowhere.test"));
    }

    [Fact]
    public async Task Email_confirmation_link_confirms_a_new_creator()
    {
        var (_, email, _) = await App.SignUpCreatorAsync();
        var mail = App.LatestTo(email);
        mail.Subject!.ShouldContain("Confirm");

        var page = await App.Browser().GetAsync(mail.LinkPath());

        (await page.TextAsync()).ShouldContain("your email address is confirmed");
    }
}

public sealed class PasswordResetTestsOnSqlite(SqliteApp app) : PasswordResetTests(app), IClassFixture<SqliteApp>;

public sealed class PasswordResetTestsOnPostgres(PostgresApp app) : PasswordResetTests(app), IClassFixture<PostgresApp>;
