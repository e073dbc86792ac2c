namespace TikTokShopSandbox.Signing;

/// <summary>Which token an endpoint family needs: partner (user_type 3), seller (0) or creator (1).</summary>
internal enum Family
{
    Partner,
    Seller,
    Creator,
}

/// <summary>Whether the family's identity cipher is required, optional (the path's campaign decides) or refused.</summary>
internal enum CipherRule
{
    Required,
    Optional,
    None,
}

/// <summary>What an Open API endpoint needs; any one of <paramref name="Scopes"/> suffices.</summary>
internal sealed record EndpointSpec(Family Family, CipherRule Cipher, params IReadOnlyList<string> Scopes);
