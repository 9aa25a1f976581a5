using System.Runtime.CompilerServices;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Simulation;

public class EventCalendarTests
{
    [Fact]
    public void Simultaneous_events_run_in_kind_order_then_in_the_order_they_were_scheduled()
    {
        var calendar = new EventCalendar();
        calendar.Schedule(ScheduledEvent.Return(5, contactType: 0, customer: 7));
        calendar.Schedule(ScheduledEvent.AgentFree(5, agent: 1, isChat: false));
        calendar.Schedule(ScheduledEvent.Abandonment(5, contactType: 0, position: 3));
        calendar.Schedule(ScheduledEvent.Opening(5, interval: 2));
        calendar.Schedule(ScheduledEvent.AgentFree(5, agent: 2, isChat: true));
        calendar.Schedule(ScheduledEvent.AgentFree(3, agent: 3, isChat: false));

        var order = new List<string>();
        while (calendar.Count > 0)
        {
            var e = calendar.Pop();
            order.Add(e.Kind switch
            {
                EventKind.AgentFree => $"{e.Time} free {e.Agent}",
                EventKind.IntervalBoundary => $"{e.Time} open {e.Interval}",
                EventKind.Abandonment => $"{e.Time} abandon {e.QueuePosition}",
                EventKind.Return => $"{e.Time} return {e.PendingCustomer}",
                _ => e.Kind.ToString(),
            });
        }

        Assert.Equal(["3 free 3", "5 open 2", "5 free 1", "5 free 2", "5 abandon 3", "5 return 7"], order);
    }

    [Fact]
    public void An_event_carries_what_its_named_constructor_was_given()
    {
        var chat = ScheduledEvent.AgentFree(10, agent: 42, isChat: true);
        var call = ScheduledEvent.AgentFree(10, agent: 43, isChat: false);
        var abandonment = ScheduledEvent.Abandonment(11, contactType: 2, position: 1L << 40);
        var overflow = ScheduledEvent.Overflow(12, contactType: 1, position: 9);
        var transfer = ScheduledEvent.BotTransfer(13, contactType: 3, customer: 5);
        var change = ScheduledEvent.StaffingChange(14, change: 17);
        var closing = ScheduledEvent.Closing(15, interval: 23);

        Assert.Equal((42, true), (chat.Agent, chat.IsChat));
        Assert.Equal((43, false), (call.Agent, call.IsChat));
        Assert.Equal((EventKind.Abandonment, 2, 1L << 40), (abandonment.Kind, abandonment.ContactType, abandonment.QueuePosition));
        Assert.Equal((EventKind.Overflow, 1, 9L), (overflow.Kind, overflow.ContactType, overflow.QueuePosition));
        Assert.Equal((EventKind.BotTransfer, 3, 5L), (transfer.Kind, transfer.ContactType, transfer.PendingCustomer));
        Assert.Equal((EventKind.StaffingChange, 17), (change.Kind, change.Change));
        Assert.Equal((EventKind.IntervalBoundary, 23, true), (closing.Kind, closing.Interval, closing.IsClosing));
        Assert.False(ScheduledEvent.Opening(0, 0).IsClosing);
        Assert.Equal(15, closing.Time);
    }

    [Fact]
    public void A_typed_event_is_as_small_as_the_untyped_one_was()
    {
        Assert.Equal(24, Unsafe.SizeOf<ScheduledEvent>()); // time, payload, subject and kind: the calendar's heap entries stay 40 bytes
    }
}
