namespace Tapbridge.Modules.Showcase.Links;

/// <summary>The one secret every instance hashes visitors with, encrypted with the Data Protection key ring.</summary>
internal sealed class VisitorKey
{
    private VisitorKey()
    {
    }

    public int Id { get; private set; }
    public string ProtectedKey { get; private set; } = "";

    public static VisitorKey Create(string protectedKey) => new() { Id = 1, ProtectedKey = protectedKey };
}
