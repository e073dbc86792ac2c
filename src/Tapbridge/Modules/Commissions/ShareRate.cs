namespace Tapbridge.Modules.Commissions;

/// <summary>The share of the agency's commission a creator gets on a line, and where that rate comes from.</summary>
internal sealed record ShareRate(int Rate, string Source);
