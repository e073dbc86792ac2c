namespace TikTokShopSandbox;

/// <summary>
/// Standalone entry: <c>dotnet run --project tools/TikTokShopSandbox -- --urls http://127.0.0.1:7070 [--Sandbox:AppKey=…]</c>.
/// Not top-level statements: those generate a public <c>Program</c> that would collide with Tapbridge's, which hosts this project in-process.
/// </summary>
internal static class SandboxProgram
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        SandboxApp.ConfigureServices(builder.Services, SandboxOptions.FromConfiguration(builder.Configuration));
        var app = builder.Build();
        SandboxApp.MapEndpoints(app);
        await app.RunAsync();
    }
}
