using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PesTor.Tests.Integration.Infrastructure;

/// <summary>
/// A real HTTP endpoint on 127.0.0.1 that records every request it receives and answers with the statuses it is told
/// to, in order (then 200), so a test can make the first delivery fail with a 500 and watch the retry arrive.
/// </summary>
public sealed class WebhookListener : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<HttpStatusCode> _answers = new();
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();

    private WebhookListener(int port)
    {
        Url = $"http://127.0.0.1:{port}/hook";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public string Url { get; }

    public IReadOnlyCollection<ReceivedWebhook> Received => _received;

    public static WebhookListener Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new WebhookListener(port);
    }

    public void AnswerNext(params HttpStatusCode[] statuses)
    {
        foreach (var status in statuses)
        {
            _answers.Enqueue(status);
        }
    }

    public void Dispose() => _listener.Close();

    private async Task AcceptAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var status = _answers.TryDequeue(out var next) ? next : HttpStatusCode.OK;
            _received.Enqueue(new ReceivedWebhook(
                context.Request.HttpMethod, context.Request.ContentType, body,
                context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase),
                status));
            context.Response.StatusCode = (int)status;
            context.Response.Close();
        }
    }
}

public sealed record ReceivedWebhook(string Method, string? ContentType, string Body, IReadOnlyDictionary<string, string> Headers, HttpStatusCode Answer);
