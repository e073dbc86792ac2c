using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Tapbridge.Tests.TikTokShop;

/// <summary>
/// A loopback HTTP peer that answers from a script (status, body, delay) and records what it received, for the
/// transport behaviours the sandbox does not produce on demand: 5xx, slow answers, a 429 on the first try.
/// </summary>
public sealed class ScriptedServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<(int Status, string Body, TimeSpan Delay)> script = new();

    private ScriptedServer(WebApplication app) => this.app = app;

    public ConcurrentQueue<(string Method, string PathAndQuery, string? Token)> Received { get; } = new();

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1");

    public static async Task<ScriptedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var server = new ScriptedServer(builder.Build());
        server.app.Run(server.AnswerAsync);
        await server.app.StartAsync();
        server.BaseUrl = new Uri(server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    public ScriptedServer Then(int status, string body, TimeSpan delay = default)
    {
        script.Enqueue((status, body, delay));
        return this;
    }

    public static string Ok(string data) => $$"""{"code":0,"message":"Success","request_id":"req-ok","data":{{data}}}""";

    public static string Error(long code, string message) => $$"""{"code":{{code}},"message":"{{message}}","request_id":"req-{{code}}","data":null}""";

    private async Task AnswerAsync(HttpContext context)
    {
        Received.Enqueue((context.Request.Method, context.Request.Path + context.Request.QueryString, context.Request.Headers["x-tts-access-token"].FirstOrDefault()));
        var (status, body, delay) = script.TryDequeue(out var next) ? next : (500, Error(36009003, "script exhausted"), TimeSpan.Zero);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, context.RequestAborted);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
