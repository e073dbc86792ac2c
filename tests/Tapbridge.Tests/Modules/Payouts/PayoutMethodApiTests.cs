using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Payouts.Methods;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Payouts;

/// <summary>
/// Creators set and change their payout method over the API with their password and a mailed code; a change is held
/// and mailed; a holder name that differs waits for Finance; the full account number appears in no response, mail or
/// column but the encrypted one.
/// </summary>
public abstract class PayoutMethodApiTests(LoggedApp fixture) : AppTests(fixture)
{
    private const string Method = "/api/v1/creator/payout-method";
    private const string Authenticator = "/api/v1/creator/payout-authenticator";
    private readonly List<string> seen = [];
    private string lastCode = "";

    [Fact]
    public async Task A_creator_sets_a_method_with_password_and_code_and_a_change_is_held_mailed_and_masked()
    {
        var (creator, email) = await CreatorAsync();
        var first = await ChangeAsync(creator, email, new { provider = "GCASH", holderName = "Maria Dela Cruz", accountNumber = "0917 123 4567" });
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var gcash = (await ReadAsync<PayoutMethodView>(first))!;
        (gcash.Provider, gcash.AccountNumber, gcash.Status, gcash.Hold).ShouldBe(("GCASH", "••••4567", PayoutMethodStatus.Active, null), "a first method is used at once");

        var reused = await PutAsync(creator, new { provider = "BDO", holderName = "Maria Dela Cruz", accountNumber = "004820194821", password = Actors.Password, code = lastCode });
        reused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a code is used once");
        (await reused.Content.ReadAsStringAsync()).ShouldContain("\"code\"");

        var changed = await ChangeAsync(creator, email, new { provider = "BDO", holderName = "DELA CRUZ, MARIA", accountNumber = "004820194821" });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        var bdo = (await ReadAsync<PayoutMethodView>(changed))!;
        (bdo.AccountNumber, bdo.Status).ShouldBe(("••••4821", PayoutMethodStatus.Active));
        bdo.Hold.ShouldNotBeNull().ShouldContain("payouts go to it from");
        (bdo.UsableFrom - bdo.AddedAt).ShouldBe(TimeSpan.FromHours(72));
        var mail = App.LatestTo(email);
        mail.Subject.ShouldBe("Your Tapbridge payout method changed");
        mail.TextBody.ShouldNotBeNull().ShouldContain("BDO Unibank ••••4821");
        seen.Add(mail.TextBody);

        var mine = (await ReadAsync<CreatorPayoutMethods>(await creator.GetAsync(Method)))!;
        mine.Current!.Id.ShouldBe(bdo.Id);
        mine.Earlier.Single().ShouldSatisfyAllConditions(e => e.Id.ShouldBe(gcash.Id), e => e.Status.ShouldBe(PayoutMethodStatus.Replaced));
        mine.Providers.ShouldContain(p => p.Code == "MAYA");
        (await creator.GetAsync("/api/v1/agency/finance/payout-methods/review")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await NothingShowsTheFullNumbersAsync(["09171234567", "004820194821"]);
    }

    [Fact]
    public async Task A_wrong_password_code_or_account_is_refused_by_field_and_nothing_is_saved()
    {
        var (creator, email) = await CreatorAsync();
        var account = new { provider = "BPI", holderName = "Maria Dela Cruz", accountNumber = "31490277150" };
        (await creator.PostAsync($"{Method}/code", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var code = LatestCode(email);
        (await creator.PostAsync($"{Method}/code", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "one code a minute");

        await RefusedAsync(creator, new { account.provider, account.holderName, account.accountNumber, password = Actors.Password, code }, "accountNumber", "BPI numbers have 10 digits");
        await RefusedAsync(creator, new { account.provider, account.holderName, accountNumber = "3149027715", password = "not my password", code }, "password");
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < PayoutMethodCode.MaxAttempts; i++)
        {
            await RefusedAsync(creator, new { account.provider, account.holderName, accountNumber = "3149027715", password = Actors.Password, code = wrong }, "code");
        }

        var exhausted = await RefusedAsync(creator, new { account.provider, account.holderName, accountNumber = "3149027715", password = Actors.Password, code }, "code");
        exhausted.ShouldContain("Too many wrong codes");
        (await ReadAsync<CreatorPayoutMethods>(await creator.GetAsync(Method)))!.Current.ShouldBeNull();
        await NothingShowsTheFullNumbersAsync(["31490277150", "3149027715"]);
    }

    [Fact]
    public async Task Many_changes_at_once_with_one_code_save_one_method()
    {
        var (creator, email) = await CreatorAsync();
        (await creator.PostAsync($"{Method}/code", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var code = LatestCode(email);
        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            PutAsync(creator, new { provider = "MAYA", holderName = "Maria Dela Cruz", accountNumber = $"0928111223{i}", password = Actors.Password, code })));
        attempts.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1, string.Join(", ", attempts.Select(r => r.StatusCode)));
        attempts.Where(r => r.StatusCode != HttpStatusCode.OK).ShouldAllBe(r => r.StatusCode == HttpStatusCode.BadRequest || r.StatusCode == HttpStatusCode.Conflict);
        await using var scope = App.Scope();
        var creatorId = (await ReadAsync<CreatorPayoutMethods>(await creator.GetAsync(Method)))!.Current!.Id;
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var owner = await db.Set<PayoutMethod>().Where(m => m.Id == creatorId).Select(m => m.CreatorId).SingleAsync();
        (await db.Set<PayoutMethod>().CountAsync(m => m.CreatorId == owner)).ShouldBe(1);
    }

    [Fact]
    public async Task A_holder_name_that_differs_waits_for_finance_who_accept_it_or_refuse_it_and_staff_see_it_masked()
    {
        var (creator, email) = await CreatorAsync();
        var response = await ChangeAsync(creator, email, new { provider = "GCASH", holderName = "Ramon Dela Cruz", accountNumber = "09175550123" });
        var method = (await ReadAsync<PayoutMethodView>(response))!;
        (method.Status, method.Hold).ShouldBe((PayoutMethodStatus.NeedsReview, "The account holder's name differs from your name on record; the agency checks it before paying to this account."));

        var finance = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        var queue = (await ReadAsync<List<PayoutMethodForReview>>(await finance.GetAsync("/api/v1/agency/finance/payout-methods/review")))!;
        var waiting = queue.Single(q => q.Method.Id == method.Id);
        (waiting.NameOnRecord, waiting.Method.HolderName, waiting.Method.AccountNumber).ShouldBe(("Maria Dela Cruz", "Ramon Dela Cruz", "••••0123"));
        var noReason = await finance.PostAsJsonAsync($"/api/v1/agency/finance/payout-methods/{method.Id}/review", new { accept = false, note = "no" });
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var accepted = await finance.PostAsJsonAsync($"/api/v1/agency/finance/payout-methods/{method.Id}/review", new { accept = true });
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync<PayoutMethodView>(accepted))!.ShouldSatisfyAllConditions(v => v.Status.ShouldBe(PayoutMethodStatus.Active), v => v.Hold.ShouldBeNull());

        var manager = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));
        var creatorId = waiting.CreatorId;
        var staffView = (await ReadAsync<CreatorPayoutMethods>(await manager.GetAsync($"/api/v1/agency/creators/{creatorId}/payout-method")))!;
        staffView.Current!.AccountNumber.ShouldBe("••••0123");
        (await manager.PostAsJsonAsync($"/api/v1/agency/finance/payout-methods/{method.Id}/review", new { accept = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await NothingShowsTheFullNumbersAsync(["09175550123"]);
    }

    [Fact]
    public async Task With_an_authenticator_app_on_a_change_takes_the_app_s_code_once_and_no_mailed_code()
    {
        var (creator, email, handle) = await App.SignUpCreatorAsync("PH");
        var creatorId = await App.ApproveCreatorAsync(handle);
        (await creator.PostAsJsonAsync($"{Authenticator}/setup", new { password = "not-my-password" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var totp = await TurnOnAsync(creator, email);

        (await creator.PostAsync($"{Method}/code", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "no mailed code once the app is on");
        var code = totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30));
        var set = await PutAsync(creator, new { provider = "GCASH", holderName = "Maria Dela Cruz", accountNumber = "0917 555 0101", password = Actors.Password, code });
        set.StatusCode.ShouldBe(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());
        (await RefusedAsync(creator, new { provider = "MAYA", holderName = "Maria Dela Cruz", accountNumber = "0918 555 0102", password = Actors.Password, code }, "code"))
            .ShouldContain("already used", Case.Insensitive, "a code is accepted once");
        (await ReadAsync<CreatorPayoutMethods>(await creator.GetAsync(Method)))!.AuthenticatorOn.ShouldBeTrue();

        var admin = await App.SignInAsync(await App.CreateStaffAsync(Roles.Admin));
        (await creator.PostAsync($"/api/v1/agency/creators/{creatorId}/payout-authenticator/off", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.PostAsync($"/api/v1/agency/creators/{creatorId}/payout-authenticator/off", null)).StatusCode.ShouldBe(HttpStatusCode.OK, "the agency turns it off for a lost phone");
        App.LatestTo(email).Subject.ShouldBe("Your authenticator app no longer confirms your Tapbridge payout changes");
        (await creator.PostAsync($"{Method}/code", null)).StatusCode.ShouldBe(HttpStatusCode.OK, "mailed codes again");
        await NothingShowsTheFullNumbersAsync(["09175550101"]);
    }

    [Fact]
    public async Task A_creator_turns_the_authenticator_app_off_with_the_password_and_a_code_from_it()
    {
        var (creator, email) = await CreatorAsync();
        var totp = await TurnOnAsync(creator, email);
        (await creator.PostAsJsonAsync($"{Authenticator}/off", new { password = Actors.Password, code = "12345" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await creator.PostAsJsonAsync($"{Authenticator}/off", new { password = "wrong", code = totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30)) })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var off = await creator.PostAsJsonAsync($"{Authenticator}/off", new { password = Actors.Password, code = totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30)) });
        off.StatusCode.ShouldBe(HttpStatusCode.OK, await off.Content.ReadAsStringAsync());
        (await ReadAsync<PayoutAuthenticatorStatus>(await creator.GetAsync(Authenticator)))!.Enabled.ShouldBeFalse();
        App.LatestTo(email).Subject.ShouldBe("Your authenticator app no longer confirms your Tapbridge payout changes");
    }

    /// <summary>Sets the app up with the password and turns it on with its first code (this time step's, so the next change needs the next one).</summary>
    private async Task<OtpNet.Totp> TurnOnAsync(HttpClient creator, string email)
    {
        var setup = (await ReadAsync<PayoutAuthenticatorSetup>(await creator.PostAsJsonAsync($"{Authenticator}/setup", new { password = Actors.Password })))!;
        setup.Uri.ShouldStartWith("otpauth://totp/Tapbridge:");
        Convert.FromBase64String(setup.QrCodePng)[1..4].ShouldBe("PNG"u8.ToArray());
        var totp = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(setup.Key.Replace(" ", "", StringComparison.Ordinal)));
        (await creator.PostAsJsonAsync($"{Authenticator}/confirm", new { code = "12345" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadAsync<PayoutAuthenticatorStatus>(await creator.PostAsJsonAsync($"{Authenticator}/confirm", new { code = totp.ComputeTotp() })))!.Enabled.ShouldBeTrue();
        App.LatestTo(email).Subject.ShouldBe("An authenticator app now confirms your Tapbridge payout changes");
        return totp;
    }

    private async Task<(HttpClient Client, string Email)> CreatorAsync()
    {
        var (client, email, handle) = await App.SignUpCreatorAsync("PH");
        await App.ApproveCreatorAsync(handle);
        return (client, email);
    }

    /// <summary>Asks for a code, reads it from the mail, and sends the change with the password.</summary>
    private async Task<HttpResponseMessage> ChangeAsync(HttpClient creator, string email, object account)
    {
        var sent = await creator.PostAsync($"{Method}/code", null);
        sent.StatusCode.ShouldBe(HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        seen.Add(await sent.Content.ReadAsStringAsync());
        var body = System.Text.Json.JsonSerializer.SerializeToElement(account);
        var fields = body.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.GetString());
        fields["password"] = Actors.Password;
        fields["code"] = lastCode = LatestCode(email);
        return await PutAsync(creator, fields);
    }

    private async Task<HttpResponseMessage> PutAsync(HttpClient creator, object body)
    {
        var response = await creator.PutAsJsonAsync(Method, body);
        seen.Add(await response.Content.ReadAsStringAsync());
        return response;
    }

    private async Task<string> RefusedAsync(HttpClient creator, object body, string field, string? because = null)
    {
        var response = await PutAsync(creator, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, because ?? text);
        text.ShouldContain($"\"{field}\"");
        return text;
    }

    private async Task<T?> ReadAsync<T>(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        seen.Add(text);
        return System.Text.Json.JsonSerializer.Deserialize<T>(text, System.Text.Json.JsonSerializerOptions.Web);
    }

    private string LatestCode(string email)
    {
        var mail = App.LatestTo(email);
        seen.Add(mail.TextBody ?? "");
        var code = mail.CodeInSubject();
        code.ShouldNotBeNullOrEmpty();
        return code;
    }

    /// <summary>Every response, mail and log line of the test, and every stored column, without the full numbers (the stored one is encrypted).</summary>
    private async Task NothingShowsTheFullNumbersAsync(string[] numbers)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var stored = await db.Set<PayoutMethod>().AsNoTracking().Select(m => new { m.HolderName, m.AccountLast4, m.ProtectedAccountNumber, m.ReviewNote }).ToListAsync();
        var mails = Directory.Exists(App.MailFolder) ? Directory.EnumerateFiles(App.MailFolder, "*.eml").Select(File.ReadAllText).ToList() : [];
        fixture.Logs.Lines.ShouldContain(line => line.Contains("payout-method", StringComparison.Ordinal), "the capture sees the requests' own log lines");
        foreach (var number in numbers)
        {
            seen.ShouldAllBe(text => !text.Contains(number, StringComparison.Ordinal));
            fixture.Logs.Lines.ShouldAllBe(line => !line.Contains(number, StringComparison.Ordinal));
            mails.ShouldAllBe(text => !text.Contains(number, StringComparison.Ordinal));
            stored.ShouldAllBe(m => !m.ProtectedAccountNumber.Contains(number) && !m.HolderName.Contains(number) && (m.ReviewNote == null || !m.ReviewNote.Contains(number)));
        }
    }
}

public sealed class PayoutMethodApiTestsOnSqlite(LoggedSqliteApp app) : PayoutMethodApiTests(app), IClassFixture<LoggedSqliteApp>;

public sealed class PayoutMethodApiTestsOnPostgres(LoggedPostgresApp app) : PayoutMethodApiTests(app), IClassFixture<LoggedPostgresApp>;
