using Tapbridge.Platform.Data;
using Tapbridge.Tests.TikTokShop;

namespace Tapbridge.Tests.Infrastructure;

/// <summary>An app whose clock the test moves, in step with a sandbox started at <see cref="Time"/>.</summary>
public interface IClockedApp
{
    SandboxTime Time { get; }
}

public sealed class ClockedApp : TapbridgeApp, IClockedApp
{
    public ClockedApp()
        : base(DatabaseProvider.Sqlite) => Clock = Time;

    public SandboxTime Time { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
}

public sealed class ClockedPostgresApp : TapbridgeApp, IClockedApp
{
    public ClockedPostgresApp()
        : base(DatabaseProvider.Postgres) => Clock = Time;

    public SandboxTime Time { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
}
