using System.Net;
using System.Net.Sockets;
using PesTor.Workflows.Services;

namespace PesTor.Workflows.Jobs;

/// <summary>
/// Opens webhook connections only to allowed addresses: the host is resolved here and every address checked, so DNS that
/// points (or later re-points) a public name at an internal address cannot reach the internal network.
/// </summary>
internal static class WebhookConnector
{
    public static SocketsHttpHandler CreateHandler(WebhookAddressPolicy policy, TimeSpan timeout) => new()
    {
        AllowAutoRedirect = false,
        ConnectTimeout = timeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = async (context, cancellationToken) =>
        {
            var addresses = IPAddress.TryParse(context.DnsEndPoint.Host, out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var problems = new List<string>();
            foreach (var address in addresses)
            {
                if (policy.CheckAddress(address) is { } problem)
                {
                    problems.Add(problem);
                    continue;
                }

                var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            }

            throw new WebhookRefusedException(problems.Count > 0 ? problems[0] : $"{context.DnsEndPoint.Host} has no address.");
        },
    };
}
