using Microsoft.AspNetCore.Identity;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Accounts;

/// <summary>Long passphrases are welcome (ASVS asks for at least 64); the cap only bounds the hashing work per attempt.</summary>
internal sealed class MaxLengthPasswordValidator : IPasswordValidator<TapbridgeUser>
{
    public const int MaxLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<TapbridgeUser> manager, TapbridgeUser user, string? password) =>
        Task.FromResult(password is { Length: > MaxLength }
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooLong", Description = $"Passwords must be at most {MaxLength} characters." })
            : IdentityResult.Success);
}
