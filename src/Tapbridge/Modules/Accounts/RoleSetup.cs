using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Startup;

namespace Tapbridge.Modules.Accounts;

/// <summary>Makes sure every role exists. Two instances may race here; the unique role name keeps one of each.</summary>
internal sealed class RoleSetup(RoleManager<IdentityRole<Guid>> roles) : IStartupTask
{
    public int Order => 10;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (await roles.RoleExistsAsync(role))
            {
                continue;
            }

            try
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
            }
            catch (DbUpdateException)
            {
                // Another instance created it first; anything else fails here, loudly.
                if (!await roles.RoleExistsAsync(role))
                {
                    throw;
                }
            }
        }
    }
}
