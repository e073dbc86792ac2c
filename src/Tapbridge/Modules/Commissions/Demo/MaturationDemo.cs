using Tapbridge.Modules.Commissions.Maturation;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Modules.Commissions.Demo;

/// <summary>After the demo's orders arrive: months of them have passed their hold, so they are confirmed and cycles closed at once.</summary>
internal sealed class MaturationDemo(EarningsMaturation maturation) : IDemoSeeder
{
    public int Order => 560;

    public Task SeedAsync(CancellationToken cancellationToken) => maturation.RunAsync(cancellationToken);
}
