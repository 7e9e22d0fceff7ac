using KenpoGraph.Api.Transport;

namespace KenpoGraph.Api.Tests.Limits;

public sealed class RequestDeadlineTests
{
    [Fact]
    public async Task A_stage_cancelled_by_its_timer_is_always_the_deadline_even_when_the_timer_fires_before_the_clock_agrees()
    {
        // CancelAfter's timer counts whole milliseconds; many short deadlines make an early fire likely, and each must
        // still be taken for the deadline (a 408), never for something else (a 500).
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var deadline = RequestDeadline.Start(TimeSpan.FromMilliseconds(2), CancellationToken.None);
            using var stage = deadline.Token();
            try
            {
                await Task.Delay(Timeout.Infinite, stage.Token);
            }
            catch (OperationCanceledException)
            {
            }
            Assert.True(deadline.Expired(stage), $"attempt {attempt}: cancelled by the timer, not taken for the deadline");
        }
    }

    [Fact]
    public void A_stage_cancelled_because_the_client_went_away_is_not_the_deadline()
    {
        using var client = new CancellationTokenSource();
        var deadline = RequestDeadline.Start(TimeSpan.FromMinutes(1), client.Token);
        using var stage = deadline.Token();
        Assert.False(deadline.Expired(stage));

        client.Cancel();

        Assert.True(stage.IsCancellationRequested);
        Assert.False(deadline.Expired(stage));
    }
}
