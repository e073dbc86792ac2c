using Tapbridge.Modules.Accounts;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Modules.Agency.Demo;

/// <summary>The demo agency's staff: one or more people in each role.</summary>
internal sealed class AgencyDemo(DemoAccounts accounts) : IDemoSeeder
{
    public int Order => 100;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await accounts.EnsureAsync(DemoSettings.Email("admin"), "Mai Anh Tran", OrganizationKind.Agency, Agency.InstallationId, Roles.Admin);
        await accounts.EnsureAsync(DemoSettings.Email("manager"), "Paolo Reyes", OrganizationKind.Agency, Agency.InstallationId, Roles.AccountManager);
        await accounts.EnsureAsync(DemoSettings.Email("manager.th"), "Siriporn Chaiyaphum", OrganizationKind.Agency, Agency.InstallationId, Roles.AccountManager);
        await accounts.EnsureAsync(DemoSettings.Email("finance"), "Quang Nguyen", OrganizationKind.Agency, Agency.InstallationId, Roles.Finance);
    }
}
