using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Accounts;

public sealed class PasswordPolicyTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("elevenchars", false)]
    [InlineData("twelve chars", true)]
    [InlineData("aaaaaaaaaaaa", true)]
    [InlineData("mật khẩu dài của tôi", true)]
    public async Task Passwords_need_twelve_characters_and_nothing_else(string password, bool accepted)
    {
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TapbridgeUser>>();
        var results = await Task.WhenAll(users.PasswordValidators.Select(v => v.ValidateAsync(users, null!, password)));

        results.All(r => r.Succeeded).ShouldBe(accepted);
    }

    [Fact]
    public async Task Passphrases_up_to_128_characters_are_accepted_and_longer_ones_refused()
    {
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TapbridgeUser>>();
        async Task<bool> Valid(string p) => (await Task.WhenAll(users.PasswordValidators.Select(v => v.ValidateAsync(users, null!, p)))).All(r => r.Succeeded);

        (await Valid(new string('x', 128))).ShouldBeTrue();
        (await Valid(new string('x', 129))).ShouldBeFalse();
    }

    [Fact]
    public async Task Stored_hashes_use_PBKDF2_with_at_least_210000_iterations()
    {
        var email = await app.CreateStaffAsync(Roles.Admin);
        await using var scope = app.Scope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<TapbridgeUser>>().FindByEmailAsync(email);

        // Identity v3 format: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), salt length, salt, subkey.
        var hash = Convert.FromBase64String(user!.PasswordHash!);
        hash[0].ShouldBe((byte)0x01);
        BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)).ShouldBeGreaterThanOrEqualTo(210_000u);
    }
}
