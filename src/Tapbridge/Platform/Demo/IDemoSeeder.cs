namespace Tapbridge.Platform.Demo;

/// <summary>A module's part of the demo world. Must be idempotent: a restart adds nothing twice.</summary>
public interface IDemoSeeder
{
    /// <summary>Lower seeds first (the agency before its staff, sellers before their campaigns).</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
