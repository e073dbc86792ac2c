namespace Tapbridge.Platform.Web;

/// <summary>An entry of a portal's navigation. <see cref="Policy"/> hides it from users who may not open it.</summary>
public sealed record NavItem(string Href, string Label, string Icon, bool ExactMatch = false, string? Policy = null);
