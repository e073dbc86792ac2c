namespace Tapbridge.Modules.Connections;

/// <summary>The connections module's rule messages (ConnectionsRules.resx and its translations), raised as <see cref="Platform.RuleViolationException"/>.</summary>
internal sealed class ConnectionsRules
{
    private ConnectionsRules()
    {
    }
}
