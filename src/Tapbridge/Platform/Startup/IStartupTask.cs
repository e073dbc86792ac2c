namespace Tapbridge.Platform.Startup;

/// <summary>Work that must be done once the schema is current and before requests are served (roles, the agency, the demo world).</summary>
public interface IStartupTask
{
    /// <summary>Lower runs first.</summary>
    int Order { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
